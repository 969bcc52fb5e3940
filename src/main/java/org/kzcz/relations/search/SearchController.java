package org.kzcz.relations.search;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import org.kzcz.relations.common.web.ApiController;
import org.kzcz.relations.common.guards.EnumListParameter;
import org.kzcz.relations.common.problems.InvalidParameterException;
import org.kzcz.relations.common.paging.PageParameters;
import org.kzcz.relations.common.paging.PageResponse;
import org.kzcz.relations.common.facts.SearchTerms;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController(path = "/api/v1/search", tag = "Search", description = "Full-text search across the whole dataset")
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping
	@Operation(summary = "Search people, organizations, meetings, agreements, projects, sources and claims",
			description = """
					English stemming, diacritics ignored ("Lipavsky" finds "Lipavský"); web-search syntax: "quoted \
					phrases", OR, -excluded. Best matches first.""")
	PageResponse<SearchHitResponse> search(
			@Parameter(description = "What to search for (required). " + SearchTerms.LIMITS, required = true,
					example = "Przewalski") @RequestParam(required = false) String q,
			@Parameter(
					description = "Comma-separated kinds to search: PERSON, ORGANIZATION, MEETING, AGREEMENT, "
							+ "PROJECT, SOURCE, CLAIM (default all)",
					example = "PROJECT,MEETING") @RequestParam(required = false) String types,
			@ParameterObject PageParameters paging, HttpServletRequest request) {
		String terms = SearchTerms.parameter("q", q);
		if (terms == null) {
			throw new InvalidParameterException("q", "is required");
		}
		Set<SearchKind> kinds = EnumListParameter.parse("types", types, SearchKind.class);
		return paging.answer(request, (query) -> this.search.search(terms, kinds, query));
	}

}
