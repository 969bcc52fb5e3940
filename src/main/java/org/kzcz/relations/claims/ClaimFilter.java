package org.kzcz.relations.claims;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
import org.kzcz.relations.common.facts.CountryCodes;
import org.kzcz.relations.common.problems.InvalidParameterException;
import org.kzcz.relations.common.facts.SearchTerms;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The filters of the claim list, checked and normalised: blank means absent, the country
 * upper case, search terms within their limits, {@code from} not after {@code to}.
 *
 * @param kind only claims of this kind
 * @param topic only claims on this topic
 * @param country only claims concerning this country
 * @param source only claims citing this source (its slug)
 * @param about only claims about this resource (its API path)
 * @param q full-text search terms
 * @param from only claims dated on or after this day (their period overlapping it)
 * @param to only claims dated on or before this day
 */
record ClaimFilter(
		@Parameter(description = "Only claims of this kind",
				example = "STATEMENT") @RequestParam(required = false) ClaimKind kind,
		@Parameter(description = "Only claims on this topic",
				example = "TOURISM") @RequestParam(required = false) ClaimTopic topic,
		@Parameter(description = "Only claims concerning this country (ISO alpha-2, any case)",
				example = "CZ") @RequestParam(required = false) String country,
		@Parameter(description = "Only claims citing this source (its id)",
				example = "dyussenbayev-interview-2025") @RequestParam(required = false) String source,
		@Parameter(description = "Only claims about this resource (its path)",
				example = "/api/v1/projects/przewalski-horse-reintroduction") @RequestParam(
						required = false) String about,
		@Parameter(
				description = "Full-text search on title, statement and note, diacritics ignored (web-search "
						+ "syntax). " + SearchTerms.LIMITS,
				example = "concerts") @RequestParam(required = false) String q,
		@Parameter(description = "Only claims dated on or after this day (YYYY-MM-DD)",
				example = "2022-01-01") @RequestParam(
						required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@Parameter(description = "Only claims dated on or before this day (YYYY-MM-DD)",
				example = "2024-12-31") @RequestParam(
						required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	ClaimFilter {
		country = CountryCodes.parameter("country", country);
		source = blankToNull(source);
		about = blankToNull(about);
		q = SearchTerms.parameter("q", q);
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidParameterException("from", "must not be after 'to'");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
