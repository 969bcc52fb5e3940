package org.kzcz.relations.common;

import java.util.List;

/**
 * The sources of a fact as one JSON column, so a list of facts and all their sources come
 * back in one statement: {@link #column} writes the subquery, {@link Columns#sources}
 * reads it.
 */
public final class SourceRefs {

	private SourceRefs() {
	}

	/**
	 * The subquery of the sources cited through the link table {@code link}, whose column
	 * {@code key} holds the citing row's id {@code owner} (an expression of the outer
	 * query): a JSON array of {@link SourceRef} objects by slug, empty when none.
	 */
	public static String column(String link, String key, String owner) {
		return """
				(select coalesce(json_agg(json_build_object('id', cited.slug, 'title', cited.title,
				                          'self', '/api/v1/sources/' || cited.slug) order by cited.slug), '[]')
				 from %1$s citing join source cited on cited.id = citing.source_id
				 where citing.%2$s = %3$s)""".formatted(link, key, owner);
	}

	/**
	 * The sources of a {@code json_build_array(slug, title)} list, as trade figures still
	 * build them.
	 */
	public static List<SourceRef> fromJson(String json) {
		return JsonTuples.of(json).stream().map((tuple) -> SourceRef.of(tuple.get(0), tuple.get(1))).toList();
	}

}
