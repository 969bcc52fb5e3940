package org.kzcz.relations.common;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The envelope of every list: the items of one page, the totals, and links to the
 * neighbouring pages (absent where there is none), so a client never mistakes a page for
 * the whole list.
 */
@Schema(description = "One page of a list, with totals and links to neighbouring pages")
public record PageResponse<T>(List<T> items, PageMetadata page, PageLinks links) {

	public static <T> PageResponse<T> of(List<T> items, PageQuery query, long totalElements, String path,
			String queryWithoutPaging) {
		int totalPages = (int) Math.max(1, (totalElements + query.size() - 1) / query.size());
		PageLinks links = PageLinks.of(path, queryWithoutPaging, query, totalPages);
		return new PageResponse<>(items, new PageMetadata(query.page(), query.size(), totalElements, totalPages),
				links);
	}

	@Schema(name = "PageMetadata")
	public record PageMetadata(int number, int size, long totalElements, int totalPages) {
	}

}
