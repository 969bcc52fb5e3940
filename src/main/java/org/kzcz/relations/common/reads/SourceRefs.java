package org.kzcz.relations.common.reads;

import java.util.List;

import org.kzcz.relations.common.facts.SourceRef;

/**
 * Reads the sources of trade figures, which their queries still build as
 * {@code json_build_array(slug, title)} tuples. Every other answer builds them with
 * {@link LinkedResources#sources} and reads them with {@link Columns#sources}.
 */
public final class SourceRefs {

	private SourceRefs() {
	}

	/**
	 * The sources of a {@code json_build_array(slug, title)} list, as trade figures still
	 * build them.
	 */
	public static List<SourceRef> fromJson(String json) {
		return JsonTuples.of(json).stream().map((tuple) -> SourceRef.of(tuple.get(0), tuple.get(1))).toList();
	}

}
