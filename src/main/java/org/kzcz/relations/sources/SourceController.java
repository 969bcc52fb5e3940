package org.kzcz.relations.sources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.kzcz.relations.common.paging.PageParameters;
import org.kzcz.relations.common.paging.PageResponse;
import org.kzcz.relations.common.facts.SearchTerms;
import org.kzcz.relations.curation.CuratedController;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/sources", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sources", description = "The documents facts come from, and what cites each of them")
class SourceController extends CuratedController<SourceRequest, SourceDetailResponse> {

	private final SourceService sources;

	SourceController(SourceService sources, SourceCurationService curation) {
		super(sources::find, curation);
		this.sources = sources;
	}

	@GetMapping
	@Operation(summary = "List sources", description = """
			Newest first by default. Sortable by publishedOn, title, id (sources without a date sort last \
			ascending, first descending).""")
	PageResponse<SourceResponse> list(
			@Parameter(description = "Only sources of this kind",
					example = "INTERVIEW") @RequestParam(required = false) SourceKind kind,
			@Parameter(description = "Full-text search on title, publisher, author and summary (web-search syntax). "
					+ SearchTerms.LIMITS, example = "ambassador") @RequestParam(required = false) String q,
			@ParameterObject PageParameters paging,
			@Parameter(description = "Sort field (publishedOn, title, id), '-' prefix for descending",
					example = "-publishedOn") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		return paging.answer(request, sort, SourceService.SORT_FIELDS,
				(query) -> this.sources.list(kind, SearchTerms.parameter("q", q), query));
	}

}
