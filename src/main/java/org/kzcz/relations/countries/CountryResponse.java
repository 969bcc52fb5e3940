package org.kzcz.relations.countries;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Country", description = "A country (ISO 3166-1) or the EU bloc")
record CountryResponse(@Schema(example = "KZ") String code, @Schema(example = "KAZ") String alpha3,
		@Schema(example = "398") String numericCode, CountryKind kind, @Schema(example = "Kazakhstan") String name,
		@Schema(example = "Astana") String capital, @Schema(example = "/api/v1/countries/KZ") String self) {

	static CountryResponse of(String code, String alpha3, String numericCode, CountryKind kind, String name,
			String capital) {
		return new CountryResponse(code, alpha3, numericCode, kind, name, capital, "/api/v1/countries/" + code);
	}

}
