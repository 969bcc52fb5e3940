package org.kzcz.relations.sources;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.Slugs;
import org.kzcz.relations.curation.CuratedRequest;

/**
 * A source as a curator writes it (POST, PUT, and the state a PATCH is merged into).
 */
@Schema(name = "SourceRequest", description = """
		A source to create or to replace. publishedOn and publishedPrecision come together; a MONTH or YEAR \
		date must be the first day of its period. language defaults to en.""")
record SourceRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = Slugs.PATTERN,
				message = Slugs.MESSAGE) @Schema(example = "kazinform-embassy-pilsen-2025") String slug,
		@NotBlank @Size(max = 1000) @Schema(example = "Kazakh ambassador visits Pilsen") String title,
		@Size(max = 500) @Schema(example = "Kazinform") String publisher, @Size(max = 500) String author,
		@Schema(example = "2025-03-01") LocalDate publishedOn,
		@Schema(description = "DAY, MONTH or YEAR", example = "MONTH") DatePrecision publishedPrecision,
		@Pattern(regexp = "^[a-z]{2}$", message = "must be an ISO 639-1 code of two lower-case letters") @Schema(
				description = "ISO 639-1 language of the document", example = "en") String language,
		@NotNull @Schema(example = "NEWS") SourceKind kind,
		@Size(max = 2000) @Pattern(regexp = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*$",
				message = "must be an http or https URL") @Schema(example = "https://www.inform.kz/en/") String url,
		@Size(max = 500) @Schema(description = "File name of the stored copy of the document") String documentRef,
		@Size(max = 20000) String summary) implements CuratedRequest {

	SourceRequest {
		language = (language != null) ? language.toLowerCase(Locale.ROOT) : "en";
	}

	/** The source as it stands, in the shape a PUT would send it. */
	static SourceRequest of(SourceDetailResponse s) {
		return new SourceRequest(s.id(), s.title(), s.publisher(), s.author(), s.publishedOn(), s.publishedPrecision(),
				s.language(), s.kind(), s.url(), s.documentRef(), s.summary());
	}

}
