package org.kzcz.relations.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.common.facts.Slugs;
import org.kzcz.relations.meetings.MeetingDetailResponse.OrganizationRole;
import org.kzcz.relations.meetings.MeetingDetailResponse.OutcomeKind;
import org.kzcz.relations.meetings.MeetingDetailResponse.ParticipantRole;
import org.kzcz.relations.curation.CuratedRequest;
import org.kzcz.relations.curation.SourceSlugs;

/**
 * A meeting as a curator writes it (POST, PUT, and the state a PATCH is merged into).
 * People, organizations, agreements, projects and sources are named by their slugs,
 * countries by alpha-2 code; absent lists are empty.
 */
@Schema(name = "MeetingRequest", description = """
		A meeting to create or to replace. A date of precision MONTH, QUARTER, HALF_YEAR or YEAR must be the \
		first day of its period. Every reference must exist (422 naming the field otherwise); at least one \
		source is required.""")
record MeetingRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = Slugs.PATTERN,
				message = Slugs.MESSAGE) @Schema(example = "lipavsky-visits-pilsen-2025") String slug,
		@NotBlank @Size(max = 500) String title, @NotNull @Schema(example = "WORKING_VISIT") MeetingKind kind,
		@NotNull @Schema(example = "HELD") MeetingStatus status,
		@NotNull @Schema(example = "2025-03-01") LocalDate startDate,
		@NotNull @Schema(example = "MONTH") DatePrecision datePrecision,
		@Schema(description = "Last day, for meetings over several days; not before startDate") LocalDate endDate,
		@Size(max = 2000) String dateNote, @Size(max = 200) @Schema(example = "Plzeň") String city,
		@Pattern(regexp = COUNTRY) @Schema(description = "Where it took place", example = "CZ") String country,
		@Pattern(regexp = COUNTRY) @Schema(example = "CZ") String hostCountry,
		@Pattern(regexp = COUNTRY) @Schema(example = "KZ") String visitingCountry, @Size(max = 20000) String summary,
		List<@NotNull @Valid Participant> participants, List<@NotNull @Valid InvolvedOrganization> organizations,
		@Schema(description = "Topics discussed, in order") List<@NotBlank @Size(max = 1000) String> topics,
		List<@NotNull @Valid Outcome> outcomes,
		@ArraySchema(
				arraySchema = @Schema(description = "Slugs of the projects discussed",
						example = "[\"przewalski-horse-reintroduction\"]"),
				schema = @Schema(example = "przewalski-horse-reintroduction")) List<@NotBlank String> projects,
		@SourceSlugs List<@NotBlank String> sources) implements CuratedRequest {

	static final String COUNTRY = "^[A-Za-z]{2}$";

	MeetingRequest {
		country = upper(country);
		hostCountry = upper(hostCountry);
		visitingCountry = upper(visitingCountry);
		participants = (participants != null) ? participants : List.of();
		organizations = (organizations != null) ? organizations : List.of();
		topics = (topics != null) ? topics : List.of();
		outcomes = (outcomes != null) ? outcomes : List.of();
		projects = (projects != null) ? projects : List.of();
	}

	/** The meeting as it stands, in the shape a PUT would send it. */
	static MeetingRequest of(MeetingDetailResponse m) {
		return new MeetingRequest(m.id(), m.title(), m.kind(), m.status(), m.startDate(), m.datePrecision(),
				m.endDate(), m.dateNote(), m.city(), m.country(), m.hostCountry(), m.visitingCountry(), m.summary(),
				m.participants()
					.stream()
					.map((p) -> new Participant(p.personId(), p.role(), p.sideCountry(), p.note()))
					.toList(),
				m.organizations().stream().map((o) -> new InvolvedOrganization(o.id(), o.role())).toList(), m.topics(),
				m.outcomes()
					.stream()
					.map((o) -> new Outcome(o.kind(), o.description(),
							(o.agreement() != null) ? o.agreement().id() : null))
					.toList(),
				m.projects().stream().map(MeetingDetailResponse.DiscussedProject::id).toList(),
				m.sources().stream().map(SourceRef::id).toList());
	}

	static String upper(String code) {
		return (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	@Schema(name = "MeetingParticipantRequest", description = "A person at the meeting and on which side")
	record Participant(@NotBlank @Schema(description = "Slug of the person", example = "jan-lipavsky") String person,
			@NotNull @Schema(example = "GUEST") ParticipantRole roleAtMeeting,
			@Pattern(regexp = COUNTRY) @Schema(example = "CZ") String sideCountry, @Size(max = 2000) String note) {

		Participant {
			sideCountry = upper(sideCountry);
		}

	}

	@Schema(name = "MeetingOrganizationRequest", description = "An organization involved in the meeting, and how")
	record InvolvedOrganization(
			@NotBlank @Schema(description = "Slug of the organization", example = "pilsen-region") String organization,
			@NotNull @Schema(example = "HOST") OrganizationRole role) {
	}

	@Schema(name = "MeetingOutcomeRequest",
			description = "What came of the meeting; an AGREEMENT_SIGNED outcome names the agreement")
	record Outcome(@NotNull @Schema(example = "AGREEMENT_SIGNED") OutcomeKind kind,
			@NotBlank @Size(max = 5000) String description, @Schema(description = "Slug of the agreement",
					example = "kz-cz-foreign-ministries-mou-2024") String agreement) {
	}

}
