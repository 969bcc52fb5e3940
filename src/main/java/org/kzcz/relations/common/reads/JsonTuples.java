package org.kzcz.relations.common.reads;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a nested list that a query built as JSON
 * ({@code json_agg(json_build_array(...))}): one array of text tuples per row, so a list
 * and its nested lists come back in one statement without joining and splitting strings.
 */
public final class JsonTuples {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonTuples() {
	}

	/** The tuples of a JSON array of arrays, each value as text (null stays null). */
	public static List<List<String>> of(String json) {
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
