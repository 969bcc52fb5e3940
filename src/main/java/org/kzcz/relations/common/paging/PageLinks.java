package org.kzcz.relations.common.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Links of a page: self, first, and last (when the total is exact), and next/prev when
 * they exist.
 */
@Schema(name = "PageLinks")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageLinks(String self, String first, String last, String next, String prev) {

	static PageLinks of(String path, String queryWithoutPaging, PageQuery query, int totalPages, boolean totalExact,
			boolean hasNext) {
		int page = query.page();
		int lastKnown = totalPages - 1;
		return new PageLinks(link(path, queryWithoutPaging, query, page), link(path, queryWithoutPaging, query, 0),
				totalExact ? link(path, queryWithoutPaging, query, lastKnown) : null,
				hasNext ? link(path, queryWithoutPaging, query, page + 1) : null,
				(page > 0) ? link(path, queryWithoutPaging, query, Math.min(page - 1, lastKnown)) : null);
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
