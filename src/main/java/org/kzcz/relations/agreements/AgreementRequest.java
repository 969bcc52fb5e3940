package org.kzcz.relations.agreements;

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
import org.kzcz.relations.curation.CuratedRequest;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.Slugs;
import org.kzcz.relations.common.facts.SourceRef;

/**
 * An agreement as a curator writes it (POST, PUT, and the state a PATCH is merged into).
 * The meeting, organizations, signatories, projects and sources are named by their slugs,
 * countries by alpha-2 code; absent lists are empty.
 */
@Schema(name = "AgreementRequest", description = """
		An agreement to create or to replace. signedOn and signedPrecision go together, only for a SIGNED, \
		IN_FORCE or EXPIRED agreement, and a MONTH or YEAR date is the first day of its period. At least two \
		parties; a party's organization must belong to the party's country. Every reference must exist (422 \
		naming the field otherwise); at least one source is required.""")
record AgreementRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = Slugs.PATTERN,
				message = Slugs.MESSAGE) @Schema(example = "kz-cz-culture-memorandum-2025") String slug,
		@NotBlank @Size(max = 500) String title, @NotNull @Schema(example = "MEMORANDUM") AgreementKind kind,
		@NotNull @Schema(example = "SIGNED") AgreementStatus status, @Schema(example = "2025-05-01") LocalDate signedOn,
		@Schema(description = "DAY, MONTH or YEAR", example = "MONTH") DatePrecision signedPrecision,
		@Size(max = 200) @Schema(example = "Prague") String signedCity,
		@Pattern(regexp = COUNTRY) @Schema(example = "CZ") String signedCountry,
		@Schema(description = "Slug of the meeting where it was signed",
				example = "lipavsky-nurtleu-talks-astana-2024") String meeting,
		@Size(max = 20000) String summary,
		@Size(min = 2, message = "an agreement has at least two parties") List<@NotNull @Valid Party> parties,
		@ArraySchema(
				arraySchema = @Schema(description = "Slugs of the people who signed it",
						example = "[\"jan-lipavsky\", \"murat-nurtleu\"]"),
				schema = @Schema(example = "jan-lipavsky")) List<@NotBlank String> signatories,
		@ArraySchema(
				arraySchema = @Schema(description = "Slugs of the projects it underpins",
						example = "[\"przewalski-horse-reintroduction\"]"),
				schema = @Schema(example = "przewalski-horse-reintroduction")) List<@NotBlank String> projects,
		@NotEmpty @ArraySchema(
				arraySchema = @Schema(description = "Slugs of the sources stating the facts",
						example = "[\"astana-times-foreign-ministers-2024\"]"),
				schema = @Schema(example = "astana-times-foreign-ministers-2024")) List<@NotBlank String> sources)
		implements
			CuratedRequest {

	static final String COUNTRY = "^[A-Za-z]{2}$";

	AgreementRequest {
		signedCountry = upper(signedCountry);
		parties = (parties != null) ? parties : List.of();
		signatories = (signatories != null) ? signatories : List.of();
		projects = (projects != null) ? projects : List.of();
	}

	/** The agreement as it stands, in the shape a PUT would send it. */
	static AgreementRequest of(AgreementDetailResponse a) {
		return new AgreementRequest(a.id(), a.title(), a.kind(), a.status(), a.signedOn(), a.signedPrecision(),
				a.signedCity(), a.signedCountry(), (a.meeting() != null) ? a.meeting().id() : null, a.summary(),
				a.parties()
					.stream()
					.map((p) -> new Party(p.country(), (p.organization() != null) ? p.organization().id() : null))
					.toList(),
				a.signatories().stream().map(AgreementDetailResponse.Signatory::personId).toList(),
				a.projects().stream().map(AgreementDetailResponse.ProjectRef::id).toList(),
				a.sources().stream().map(SourceRef::id).toList());
	}

	private static String upper(String code) {
		return (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	@Schema(name = "AgreementPartyRequest",
			description = "A party: a country, acting through one of its own organizations or not")
	record Party(@NotBlank @Pattern(regexp = COUNTRY) @Schema(example = "CZ") String country,
			@Schema(description = "Slug of an organization of that country",
					example = "ministry-of-foreign-affairs-of-czech-republic") String organization) {

		Party {
			country = upper(country);
		}

	}

}
