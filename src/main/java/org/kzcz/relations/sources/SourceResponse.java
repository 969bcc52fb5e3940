package org.kzcz.relations.sources;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;

@Schema(name = "Source", description = "A document facts come from, with how many facts cite it")
record SourceResponse(@Schema(example = "dyussenbayev-interview-2025") String id, String title, String publisher,
		String author, LocalDate publishedOn, DatePrecision publishedPrecision, @Schema(example = "en") String language,
		SourceKind kind, String url, @Schema(description = "How many stored facts cite this source") long citations,
		@Schema(example = "/api/v1/sources/dyussenbayev-interview-2025") String self) {

	static String self(String slug) {
		return "/api/v1/sources/" + slug;
	}

}
