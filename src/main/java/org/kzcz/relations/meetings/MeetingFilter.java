package org.kzcz.relations.meetings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import org.kzcz.relations.common.problems.InvalidParameterException;
import org.kzcz.relations.common.facts.SearchTerms;

import org.springframework.web.bind.annotation.RequestParam;

/**
 * The filters of the meeting list, checked and normalised: blank means absent, country
 * codes upper case, slugs lower case.
 *
 * @param country alpha-2 code of the place, the host or the visiting side
 * @param official slug of a person who took part
 * @param from earliest day the meeting may reach
 * @param to latest day the meeting may start
 * @param city city name, compared without case and diacritics
 * @param q full-text query over title, city and summary
 * @param status meeting status
 * @param kind meeting kind
 */
record MeetingFilter(@Parameter(
		description = "Alpha-2 code (any case) of the country where it took place, the host or the visiting side",
		example = "CZ") @RequestParam(required = false) String country,
		@Parameter(description = "Slug of a person who took part",
				example = "bakyt-dyussenbayev") @RequestParam(required = false) String official,
		@Parameter(description = "Only meetings reaching this day or later (YYYY-MM-DD)",
				example = "2024-01-01") @RequestParam(required = false) LocalDate from,
		@Parameter(description = "Only meetings starting this day or earlier (YYYY-MM-DD); not before from",
				example = "2024-12-31") @RequestParam(required = false) LocalDate to,
		@Parameter(description = "City, ignoring case and diacritics (Plzen finds Plzeň)",
				example = "Pilsen") @RequestParam(required = false) String city,
		@Parameter(description = "Full-text search over title, city and summary (web-search syntax). "
				+ SearchTerms.LIMITS, example = "railway") @RequestParam(required = false) String q,
		@Parameter(description = "Meeting status",
				example = "HELD") @RequestParam(required = false) MeetingStatus status,
		@Parameter(description = "Meeting kind",
				example = "SITE_VISIT") @RequestParam(required = false) MeetingKind kind) {

	MeetingFilter {
		country = blankToNull(country);
		if (country != null) {
			if (!country.matches("(?i)[a-z]{2}")) {
				throw new InvalidParameterException("country", "must be an ISO 3166-1 alpha-2 code such as CZ");
			}
			country = country.toUpperCase(Locale.ROOT);
		}
		official = blankToNull(official);
		official = (official != null) ? official.toLowerCase(Locale.ROOT) : null;
		city = blankToNull(city);
		q = SearchTerms.parameter("q", q);
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidParameterException("from", "must not be after 'to' (" + to + ")");
		}
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		params.put("country", this.country);
		params.put("official", this.official);
		params.put("from", this.from);
		params.put("to", this.to);
		params.put("city", this.city);
		params.put("q", this.q);
		params.put("status", (this.status != null) ? this.status.name() : null);
		params.put("kind", (this.kind != null) ? this.kind.name() : null);
		return params;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
