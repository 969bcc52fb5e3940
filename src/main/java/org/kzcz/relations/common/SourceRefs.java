package org.kzcz.relations.common;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads nested lists that a query built as JSON, so a list of facts and all their sources
 * come back in one statement. Queries build the sources with
 * {@code (select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from ...)},
 * any other nested list the same way: one JSON array of text tuples per row.
 */
public final class SourceRefs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SourceRefs() {
	}

	/** The sources of a {@code json_build_array(slug, title)} list. */
	public static List<SourceRef> fromJson(String json) {
		return tuples(json).stream().map((tuple) -> SourceRef.of(tuple.get(0), tuple.get(1))).toList();
	}

	/** The tuples of a JSON array of arrays, each value as text (null stays null). */
	public static List<List<String>> tuples(String json) {
		if (json == null) {
			return List.of();
		}
		List<List<String>> tuples = new ArrayList<>();
		for (JsonNode tuple : JSON.readTree(json)) {
			List<String> values = new ArrayList<>();
			tuple.forEach((value) -> values.add(value.isNull() ? null : value.asString()));
			tuples.add(values);
		}
		return tuples;
	}

}
