package org.kzcz.relations.organizations;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.common.facts.Slugs;
import org.kzcz.relations.curation.CuratedRequest;
import org.kzcz.relations.curation.SourceSlugs;

/**
 * An organization as a curator writes it (POST, PUT, and the state a PATCH is merged
 * into). The parent and sources are named by their slugs, countries by alpha-2 code (any
 * case); an absent list of engagements is empty.
 */
@Schema(name = "OrganizationRequest", description = """
		An organization to create or to replace. The parent must exist and may not be the organization itself \
		or one of its parts; every country and source must exist (422 naming the field otherwise); at least one \
		source is required, for the organization and for each engagement.""")
record OrganizationRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = Slugs.PATTERN,
				message = Slugs.MESSAGE) @Schema(example = "kazakh-invest-prague-office") String slug,
		@NotBlank @Size(max = 500) @Schema(example = "KAZAKH INVEST office in Prague") String name,
		@NotNull @Schema(example = "AGENCY") OrganizationKind kind,
		@Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) @Schema(
				description = "Country it belongs to; absent for international bodies", example = "KZ") String country,
		@Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Schema(
				description = "Slug of the parent organization",
				example = "ministry-of-foreign-affairs-of-kazakhstan") String parent,
		@Size(max = 20000) String description, @SourceSlugs List<@NotBlank String> sources,
		@Schema(description = "Where it is active; one per country and kind") List<@NotNull @Valid Engagement> engagements)
		implements
			CuratedRequest {

	static final String COUNTRY = "^[A-Z]{2}$";

	static final String COUNTRY_MESSAGE = "must be a two-letter country code (ISO 3166-1 alpha-2)";

	OrganizationRequest {
		country = upper(country);
		engagements = (engagements != null) ? engagements : List.of();
	}

	/** The organization as it stands, in the shape a PUT would send it. */
	static OrganizationRequest of(OrganizationDetailResponse o) {
		return new OrganizationRequest(o.id(), o.name(), o.kind(), o.country(),
				(o.parent() != null) ? o.parent().id() : null, o.description(),
				o.sources().stream().map(SourceRef::id).toList(),
				o.engagements()
					.stream()
					.map((e) -> new Engagement(e.country(), e.kind(), e.description(),
							e.sources().stream().map(SourceRef::id).toList()))
					.toList());
	}

	static String upper(String code) {
		return (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	@Schema(name = "OrganizationEngagementRequest", description = "Where the organization is active, and how")
	record Engagement(
			@NotNull @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) @Schema(example = "CZ") String country,
			@NotNull @Schema(example = "OPERATES_IN") EngagementKind kind,
			@NotBlank @Size(max = 5000) String description,
			@NotEmpty @Schema(description = "Slugs of the sources stating it") List<@NotBlank String> sources) {

		Engagement {
			country = upper(country);
		}

	}

}
