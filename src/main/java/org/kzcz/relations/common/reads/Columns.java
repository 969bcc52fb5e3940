package org.kzcz.relations.common.reads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.SourceRef;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.TypeFactory;

/**
 * Reads the columns of the read queries into answer records. Nested parts of an answer
 * come as JSON that PostgreSQL built ({@code json_agg(json_build_object(...))}), keyed by
 * the record's component names, so a whole answer with its lists comes back in one
 * statement and maps onto the records without code per field. The reader is strict: a key
 * the record lacks, or a component the JSON lacks, fails at once rather than reading as
 * null.
 */
public final class Columns {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.build();

	private Columns() {
	}

	/**
	 * A JSON array of objects, each read as the record given (an empty list for null).
	 */
	public static <T> List<T> list(ResultSet rs, String column, Class<T> type) throws SQLException {
		String json = rs.getString(column);
		return (json != null) ? JSON.readValue(json, JSON.getTypeFactory().constructCollectionType(List.class, type))
				: List.of();
	}

	/** A JSON object read as the record given, or null. */
	public static <T> T object(ResultSet rs, String column, Class<T> type) throws SQLException {
		String json = rs.getString(column);
		return (json != null) ? JSON.readValue(json, type) : null;
	}

	/**
	 * A JSON object of arrays of objects ({@code json_object_agg(key, json_agg(...))}),
	 * each array read as a list of the record given (an empty map for null).
	 */
	public static <T> Map<String, List<T>> groups(ResultSet rs, String column, Class<T> type) throws SQLException {
		String json = rs.getString(column);
		if (json == null) {
			return Map.of();
		}
		TypeFactory types = JSON.getTypeFactory();
		return JSON.readValue(json, types.constructMapType(Map.class, types.constructType(String.class),
				types.constructCollectionType(List.class, type)));
	}

	/**
	 * The sources of the {@code sources} column, built by
	 * {@link LinkedResources#sources}.
	 */
	public static List<SourceRef> sources(ResultSet rs) throws SQLException {
		return list(rs, "sources", SourceRef.class);
	}

	/** A text array. */
	public static List<String> texts(ResultSet rs, String column) throws SQLException {
		return Arrays.asList((String[]) rs.getArray(column).getArray());
	}

	/** A date's precision, or null. */
	public static DatePrecision precision(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? DatePrecision.valueOf(value) : null;
	}

}
