package org.kzcz.relations.officials;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
import org.kzcz.relations.common.facts.SearchTerms;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The filters of the officials list as given; {@link OfficialCriteria} checks them as the
 * list is read.
 *
 * @param country a post represents this country
 * @param postedTo a post is posted to this country
 * @param organization a post is in this organization
 * @param role a role kind or words of the role title
 * @param activeOn a post was held on this date
 * @param q full-text search terms
 */
record OfficialFilter(
		@Parameter(description = "A post represents this country (ISO alpha-2, any case)",
				example = "KZ") @RequestParam(required = false) String country,
		@Parameter(description = "A post is posted to this country (ISO alpha-2, any case)",
				example = "CZ") @RequestParam(required = false) String postedTo,
		@Parameter(description = "A post is in the organization with this id (slug)",
				example = "embassy-of-kazakhstan-in-czech-republic") @RequestParam(
						required = false) String organization,
		@Parameter(description = """
				A role kind (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, DEPUTY_HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, \
				DEPUTY_FOREIGN_MINISTER, MINISTER, AMBASSADOR, HEAD_OF_MISSION, DIPLOMAT, REGIONAL_GOVERNOR, \
				INSTITUTION_HEAD, OTHER), or words all found in the role title (case and diacritics ignored)""",
				example = "AMBASSADOR") @RequestParam(required = false) String role,
		@Parameter(description = """
				A post was held on this date (YYYY-MM-DD). A start of precision MONTH or YEAR counts from the \
				first day of its period, an end until the last; an unknown start counts as started.""",
				example = "2025-01-01") @RequestParam(
						required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
		@Parameter(description = "Full-text search on name and biography, diacritics ignored (web-search syntax). "
				+ SearchTerms.LIMITS, example = "Lipavsky") @RequestParam(required = false) String q) {

	OfficialCriteria criteria() {
		return OfficialCriteria.of(this.country, this.postedTo, this.organization, this.role, this.activeOn, this.q);
	}

}
