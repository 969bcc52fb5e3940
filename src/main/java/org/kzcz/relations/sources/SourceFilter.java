package org.kzcz.relations.sources;

import io.swagger.v3.oas.annotations.Parameter;
import org.kzcz.relations.common.facts.SearchTerms;

import org.springframework.web.bind.annotation.RequestParam;

/**
 * The filters of the source list, as given; the search terms are checked as the list is
 * read.
 *
 * @param kind only sources of this kind
 * @param q full-text search terms
 */
record SourceFilter(
		@Parameter(description = "Only sources of this kind",
				example = "INTERVIEW") @RequestParam(required = false) SourceKind kind,
		@Parameter(description = "Full-text search on title, publisher, author and summary (web-search syntax). "
				+ SearchTerms.LIMITS, example = "ambassador") @RequestParam(required = false) String q) {
}
