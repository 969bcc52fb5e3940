package org.kzcz.relations.claims;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.SourceRef;

@Schema(name = "Claim", description = """
		A fact a source states that no other resource holds, one source's version of a stored fact (VARIANT), or \
		an editorial note (EDITORIAL: general knowledge, citing no document). A date of precision MONTH, QUARTER, \
		HALF_YEAR or YEAR is the first day of that period.""")
record ClaimResponse(@Schema(example = "kazakh-visitors-to-czech-cities") String id, ClaimKind kind, ClaimTopic topic,
		@Schema(example = "Kazakh visitors to Czech cities") String title, String statement,
		@Schema(description = "The resource the claim is about, when it is about one",
				example = "/api/v1/projects/middle-corridor-titr") String about,
		@Schema(example = "1997-01-01") LocalDate occurredOn, @Schema(example = "YEAR") DatePrecision datePrecision,
		@ArraySchema(arraySchema = @Schema(description = "Alpha-2 codes of the countries concerned",
				example = "[\"CZ\", \"KZ\"]"), schema = @Schema(example = "CZ")) List<String> countries,
		@Schema(description = "The sources stating it; always empty for an editorial note") List<SourceRef> sources,
		@Schema(example = "/api/v1/claims/kazakh-visitors-to-czech-cities") String self) {

	static String self(String slug) {
		return "/api/v1/claims/" + slug;
	}

}
