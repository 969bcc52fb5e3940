package org.kzcz.relations.common.paging;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The envelope of every list: the items of one page, the totals, and links to the
 * neighbouring pages (absent where there is none), so a client never mistakes a page for
 * the whole list.
 */
@Schema(description = "One page of a list, with totals and links to neighbouring pages")
public record PageResponse<T>(List<T> items, PageMetadata page, PageLinks links) {

	public static <T> PageResponse<T> of(PagedQuery.Page<T> result, PageQuery query, String path,
			String queryWithoutPaging) {
		long total = result.totalElements();
		int totalPages = (int) Math.max(1, (total + query.size() - 1) / query.size());
		PageLinks links = PageLinks.of(path, queryWithoutPaging, query, totalPages, result.totalExact(),
				result.hasNext());
		return new PageResponse<>(result.items(),
				new PageMetadata(query.page(), query.size(), total, totalPages, result.totalExact()), links);
	}

	@Schema(name = "PageMetadata")
	public record PageMetadata(int number, int size,
			@Schema(description = "Number of matching items; exact up to " + PagedQuery.EXACT_TOTAL_LIMIT
					+ " matches, a lower bound above (see totalElementsExact)") long totalElements,
			@Schema(description = "Number of pages; a lower bound when totalElementsExact is false") int totalPages,
			@Schema(description = "False when the list has more than " + PagedQuery.EXACT_TOTAL_LIMIT
					+ " matches: counting them all would cost as much as reading them, so totalElements and "
					+ "totalPages are then lower bounds and the 'last' link is left out; "
					+ "follow 'next' links instead") boolean totalElementsExact) {
	}

}
