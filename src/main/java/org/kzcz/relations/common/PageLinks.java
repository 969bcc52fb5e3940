package org.kzcz.relations.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Links of a page: self, first, last, and next/prev when they exist.
 */
@Schema(name = "PageLinks")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageLinks(String self, String first, String last, String next, String prev) {

	static PageLinks of(String path, String queryWithoutPaging, PageQuery query, int totalPages) {
		int page = query.page();
		return new PageLinks(link(path, queryWithoutPaging, query, page), link(path, queryWithoutPaging, query, 0),
				link(path, queryWithoutPaging, query, totalPages - 1),
				(page + 1 < totalPages) ? link(path, queryWithoutPaging, query, page + 1) : null,
				(page > 0) ? link(path, queryWithoutPaging, query, Math.min(page - 1, totalPages - 1)) : null);
	}

	private static String link(String path, String queryWithoutPaging, PageQuery query, int page) {
		StringBuilder link = new StringBuilder(path).append('?');
		if (queryWithoutPaging != null && !queryWithoutPaging.isEmpty()) {
			link.append(queryWithoutPaging).append('&');
		}
		link.append("page=").append(page).append("&size=").append(query.size());
		if (query.sortParameter() != null) {
			link.append("&sort=").append(query.sortParameter());
		}
		return link.toString();
	}

}
