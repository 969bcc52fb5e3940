package org.kzcz.relations.agreements;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import org.kzcz.relations.common.problems.InvalidParameterException;

import org.springframework.web.bind.annotation.RequestParam;

/**
 * The filters of the agreement list, checked and normalised.
 *
 * @param country alpha-2 code of a party
 * @param status agreement status
 * @param kind agreement kind
 * @param signedFrom earliest signing day
 * @param signedTo latest signing day
 */
record AgreementFilter(
		@Parameter(description = "Alpha-2 code (any case) of a party",
				example = "KZ") @RequestParam(required = false) String country,
		@Parameter(description = "Agreement status",
				example = "SIGNED") @RequestParam(required = false) AgreementStatus status,
		@Parameter(description = "Agreement kind",
				example = "MEMORANDUM") @RequestParam(required = false) AgreementKind kind,
		@Parameter(description = "Only agreements signed on this day or later (YYYY-MM-DD)",
				example = "2024-01-01") @RequestParam(required = false) LocalDate signedFrom,
		@Parameter(description = "Only agreements signed on this day or earlier (YYYY-MM-DD); not before signedFrom",
				example = "2024-12-31") @RequestParam(required = false) LocalDate signedTo) {

	AgreementFilter {
		country = (country == null || country.isBlank()) ? null : country.trim();
		if (country != null) {
			if (!country.matches("(?i)[a-z]{2}")) {
				throw new InvalidParameterException("country", "must be an ISO 3166-1 alpha-2 code such as CZ");
			}
			country = country.toUpperCase(Locale.ROOT);
		}
		if (signedFrom != null && signedTo != null && signedFrom.isAfter(signedTo)) {
			throw new InvalidParameterException("signedFrom", "must not be after 'signedTo' (" + signedTo + ")");
		}
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		params.put("country", this.country);
		params.put("status", (this.status != null) ? this.status.name() : null);
		params.put("kind", (this.kind != null) ? this.kind.name() : null);
		params.put("signedFrom", this.signedFrom);
		params.put("signedTo", this.signedTo);
		return params;
	}

}
