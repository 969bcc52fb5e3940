package org.kzcz.relations.agreements;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.SourceRef;

@Schema(name = "Agreement", description = """
		An agreement in a list. A signing date of precision MONTH or YEAR is the first day of that period; \
		unsigned agreements have none.""")
record AgreementResponse(@Schema(example = "przewalski-horse-memorandum-2023") String id, String title,
		AgreementKind kind, AgreementStatus status, LocalDate signedOn, DatePrecision signedPrecision,
		@Schema(example = "Prague") String signedCity, @Schema(example = "CZ") String signedCountry,
		@ArraySchema(arraySchema = @Schema(description = "Alpha-2 codes of the parties", example = "[\"CZ\", \"KZ\"]"),
				schema = @Schema(example = "CZ")) List<String> partyCountries,
		@Schema(example = "/api/v1/agreements/przewalski-horse-memorandum-2023") String self, List<SourceRef> sources) {

	static String self(String slug) {
		return "/api/v1/agreements/" + slug;
	}

}
