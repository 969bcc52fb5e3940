package org.kzcz.relations.officials;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.common.facts.Slugs;
import org.kzcz.relations.officials.OfficialDetailResponse.Post;

/**
 * A post as a curator writes it (POST, PUT, and the state a PATCH is merged into), inside
 * a new person or on its own.
 */
@Schema(name = "PostRequest", description = """
		A post held. Each date comes with its precision, and a MONTH or YEAR date is the first day of its \
		period; endDate is not before startDate. An end date means the post ended: ended is then true (leave \
		it out, or send true). The organization must belong to the country the post represents (unless it has \
		no country, as an international body); postedToCountry differs from representsCountry. Countries, \
		the organization and every source must exist.""")
record PostRequest(@NotBlank @Size(max = 500) @Schema(
		example = "Ambassador Extraordinary and Plenipotentiary of Kazakhstan to the Czech Republic") String role,
		@NotNull @Schema(example = "AMBASSADOR") RoleKind roleKind,
		@Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Schema(description = "Slug of the organization",
				example = "embassy-of-kazakhstan-in-czech-republic") String organization,
		@NotNull @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) @Schema(example = "KZ") String representsCountry,
		@Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) @Schema(example = "CZ") String postedToCountry,
		@Schema(example = "2026-01-01") LocalDate startDate,
		@Schema(description = "DAY, MONTH or YEAR", example = "MONTH") DatePrecision startPrecision, LocalDate endDate,
		@Schema(description = "DAY, MONTH or YEAR") DatePrecision endPrecision,
		@Schema(description = "Whether the post is over; true whenever endDate is given. Default false.") Boolean ended,
		@Schema(description = "The latest date a source shows the post as held") LocalDate attestedOn,
		@Schema(description = "DAY, MONTH or YEAR: how much of attestedOn the source gives (DAY when left out)",
				example = "MONTH") DatePrecision attestedPrecision,
		@Size(max = 5000) String note,
		@NotEmpty @ArraySchema(
				arraySchema = @Schema(description = "Slugs of the sources stating the post",
						example = "[\"dyussenbayev-interview-2025\"]"),
				schema = @Schema(example = "dyussenbayev-interview-2025")) List<@NotBlank String> sources,
		@Schema(description = "What each source says about the start or end, kept when sources disagree") List<@NotNull @Valid DateClaim> dateClaims) {

	static final String COUNTRY = "^[A-Z]{2}$";

	static final String COUNTRY_MESSAGE = "must be a two-letter country code (ISO 3166-1 alpha-2)";

	PostRequest {
		representsCountry = upper(representsCountry);
		postedToCountry = upper(postedToCountry);
		dateClaims = (dateClaims != null) ? dateClaims : List.of();
		// a date sent without its precision is a day, as every attestedOn was before
		// precisions
		attestedPrecision = (attestedOn != null && attestedPrecision == null) ? DatePrecision.DAY : attestedPrecision;
	}

	/**
	 * The post as it stands, in the shape a PUT would send it. ended is left out when
	 * false, so a patch that adds an end date ends the post.
	 */
	static PostRequest of(Post p) {
		return new PostRequest(p.role(), p.roleKind(), (p.organization() != null) ? p.organization().id() : null,
				p.representsCountry(), p.postedToCountry(), p.startDate(), p.startPrecision(), p.endDate(),
				p.endPrecision(), p.ended() ? Boolean.TRUE : null, p.attestedOn(), p.attestedPrecision(), p.note(),
				p.sources().stream().map(SourceRef::id).toList(),
				p.dateClaims()
					.stream()
					.map((c) -> new DateClaim(c.field(), c.date(), c.precision(), c.qualifier(), c.source().id()))
					.toList());
	}

	/** Whether the post is over: as sent, or true when it has an end date. */
	boolean isEnded() {
		return (this.ended != null) ? this.ended : this.endDate != null;
	}

	private static String upper(String code) {
		return (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	@Schema(name = "PostDateClaimRequest", description = "What one source says about when the post started or ended")
	record DateClaim(@NotNull @Schema(example = "START") DateClaimField field,
			@NotNull @Schema(example = "2023-01-01") LocalDate date,
			@NotNull @Schema(description = "DAY, MONTH or YEAR", example = "YEAR") DatePrecision precision,
			@Size(max = 500) @Schema(example = "end of the year") String qualifier,
			@NotBlank @Schema(description = "Slug of the source",
					example = "pilsen-region-ambassador-visit-2024") String source) {
	}

}
