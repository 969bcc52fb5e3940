package org.kzcz.relations.officials;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.common.facts.Slugs;
import org.kzcz.relations.curation.CuratedRequest;
import org.kzcz.relations.curation.SourceSlugs;

/**
 * A person as a curator writes them (POST, PUT, and the state a PATCH is merged into).
 * Posts may come with a POST only: afterwards each post is its own resource under
 * {@code /api/v1/officials/{id}/posts}, with its own version.
 */
@Schema(name = "OfficialRequest", description = """
		A person to create or to replace. bornOn and bornPrecision come together; a MONTH or YEAR date must be \
		the first day of its period. The country and every source must exist; at least one source is required. \
		posts may be sent when creating the person only; later, record or change a post at \
		/api/v1/officials/{id}/posts.""")
record OfficialRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = Slugs.PATTERN,
				message = Slugs.MESSAGE) @Schema(example = "aigul-kuspan") String slug,
		@NotBlank @Size(max = 500) @Schema(example = "Aigul Kuspan") String fullName,
		@Size(max = 100) @Schema(example = "H.E.") String honorific, @Schema(example = "1970-01-01") LocalDate bornOn,
		@Schema(description = "DAY, MONTH or YEAR", example = "YEAR") DatePrecision bornPrecision,
		@Pattern(regexp = PostRequest.COUNTRY, message = PostRequest.COUNTRY_MESSAGE) @Schema(
				description = "The person's country (ISO alpha-2, any case)", example = "KZ") String country,
		@Size(max = 20000) String biography, @SourceSlugs List<@NotBlank String> sources,
		@Schema(description = "Posts held, on creation only") List<@NotNull @Valid PostRequest> posts)
		implements
			CuratedRequest {

	OfficialRequest {
		country = (country != null) ? country.toUpperCase(Locale.ROOT) : null;
	}

	/** The person as they stand, in the shape a PUT would send them (without posts). */
	static OfficialRequest of(OfficialDetailResponse p) {
		return new OfficialRequest(p.id(), p.name(), p.honorific(), p.bornOn(), p.bornPrecision(), p.country(),
				p.biography(), p.sources().stream().map(SourceRef::id).toList(), null);
	}

	List<PostRequest> postsOrEmpty() {
		return (this.posts != null) ? this.posts : List.of();
	}

}
