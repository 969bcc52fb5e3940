package org.kzcz.relations.common.paging;

import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page and size every list takes, declared and documented once. A list declares it as
 * a {@code @ParameterObject}: {@code guards.QueryParameterObjects} binds each component
 * as the {@code @RequestParam} it is annotated with, and springdoc documents each as a
 * query parameter. The sort parameter stays with each list, since its fields are the
 * list's own.
 *
 * @param page zero-based page number, 0 when not given
 * @param size items per page, {@link PageQuery#DEFAULT_SIZE} when not given
 */
public record PageParameters(
		@Parameter(description = "Zero-based page number", example = "0") @RequestParam(required = false) Integer page,
		@Parameter(description = "Page size, 1 to 200", example = "20") @RequestParam(required = false) Integer size) {

	/**
	 * Reads the page the request asks for in the list's order and answers it with links
	 * to its neighbours, which repeat the request's declared filters.
	 * @param sort the sort parameter, checked against {@code sortFields}
	 * @param read the list's query for one page
	 */
	public <T> PageResponse<T> answer(HttpServletRequest request, String sort, Map<String, String> sortFields,
			Function<PageQuery, PagedQuery.Page<T>> read) {
		PageQuery query = PageQuery.parse(this.page, this.size, sort, sortFields);
		return PageResponse.of(read.apply(query), query, request.getRequestURI(), QueryStrings.withoutPaging(request));
	}

	/** The same for a list in one fixed order, without a sort parameter. */
	public <T> PageResponse<T> answer(HttpServletRequest request, Function<PageQuery, PagedQuery.Page<T>> read) {
		return answer(request, null, Map.of(), read);
	}

}
