package org.kzcz.relations.common;

import java.util.List;

/**
 * Reads the sources a query aggregated into one JSON column, so a list of facts and all
 * their sources come back in one statement. Queries build it with
 * {@code (select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from ...)}.
 */
public final class SourceRefs {

	private SourceRefs() {
	}

	/** The sources of a {@code json_build_array(slug, title)} list. */
	public static List<SourceRef> fromJson(String json) {
		return JsonTuples.of(json).stream().map((tuple) -> SourceRef.of(tuple.get(0), tuple.get(1))).toList();
	}

}
