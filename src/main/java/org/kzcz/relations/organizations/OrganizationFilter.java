package org.kzcz.relations.organizations;

import io.swagger.v3.oas.annotations.Parameter;
import org.kzcz.relations.common.facts.SearchTerms;

import org.springframework.web.bind.annotation.RequestParam;

/**
 * The filters of the organization list, as given; the country codes and search terms are
 * checked as the list is read.
 *
 * @param country organizations of this country
 * @param activeIn organizations with an engagement in this country
 * @param kind only organizations of this kind
 * @param q full-text search terms
 */
record OrganizationFilter(
		@Parameter(description = "Organizations of this country (ISO alpha-2, any case)",
				example = "CZ") @RequestParam(required = false) String country,
		@Parameter(
				description = "Organizations with an engagement in this country (operating, tendering, "
						+ "supplying, partnering a project, or interested in cooperation; ISO alpha-2, any case)",
				example = "KZ") @RequestParam(required = false) String activeIn,
		@Parameter(description = "Only organizations of this kind",
				example = "COMPANY") @RequestParam(required = false) OrganizationKind kind,
		@Parameter(description = "Full-text search on name and description, diacritics ignored (web-search syntax). "
				+ SearchTerms.LIMITS, example = "Skoda") @RequestParam(required = false) String q) {
}
