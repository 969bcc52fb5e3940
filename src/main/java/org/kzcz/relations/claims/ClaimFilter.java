package org.kzcz.relations.claims;

import java.time.LocalDate;

import org.kzcz.relations.common.facts.CountryCodes;
import org.kzcz.relations.common.problems.InvalidParameterException;
import org.kzcz.relations.common.facts.SearchTerms;

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
record ClaimFilter(ClaimKind kind, ClaimTopic topic, String country, String source, String about, String q,
		LocalDate from, LocalDate to) {

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
