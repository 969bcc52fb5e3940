package org.kzcz.relations.meetings;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.caching.ResourceVersions;
import org.kzcz.relations.common.facts.SourceRef;

@Schema(name = "MeetingDetail", description = """
		A meeting with who took part (and the posts they held at the time), the organizations involved, the \
		topics in order, what came of it and the projects discussed.""")
record MeetingDetailResponse(@Schema(example = "lipavsky-nurtleu-talks-astana-2024") String id, String title,
		MeetingKind kind, MeetingStatus status, LocalDate startDate, DatePrecision datePrecision, LocalDate endDate,
		@Schema(description = "What the sources say about the date when it is vague") String dateNote, String city,
		@Schema(description = "Country where it took place", example = "KZ") String country, String hostCountry,
		String visitingCountry, String summary, String self,
		@Schema(description = "Version of the stored meeting; the ETag carries it for If-Match",
				example = "3") long version,
		List<Participant> participants, List<InvolvedOrganization> organizations, List<String> topics,
		List<Outcome> outcomes, List<DiscussedProject> projects,
		List<SourceRef> sources) implements ResourceVersions.Versioned {

	@Schema(name = "MeetingParticipant", description = """
			A person at the meeting, on which side, and the posts they held at the time: every post whose \
			dates, read at their precision, can overlap the meeting's (so usually one, sometimes two held \
			together, none when the stored history does not cover the date).""")
	record Participant(@Schema(example = "jan-lipavsky") String personId, String name,
			@Schema(example = "/api/v1/officials/jan-lipavsky") String self, ParticipantRole role,
			@Schema(example = "CZ") String sideCountry, String note, List<PostAtTheTime> postsAtTheTime) {
	}

	@Schema(name = "MeetingParticipantPost", description = "A post the participant held when the meeting took place")
	record PostAtTheTime(@Schema(example = "Minister of Foreign Affairs") String role,
			@Schema(example = "FOREIGN_MINISTER") String roleKind, OrganizationRef organization,
			@Schema(example = "CZ") String representsCountry, String postedToCountry, LocalDate startDate,
			DatePrecision startPrecision, LocalDate endDate, DatePrecision endPrecision) {
	}

	@Schema(name = "MeetingOrganizationRef")
	record OrganizationRef(@Schema(example = "ministry-of-foreign-affairs-of-czech-republic") String id, String name,
			String self) {

		static OrganizationRef of(String slug, String name) {
			return (slug != null) ? new OrganizationRef(slug, name, "/api/v1/organizations/" + slug) : null;
		}

	}

	@Schema(name = "MeetingOrganization", description = "An organization involved in the meeting, and how")
	record InvolvedOrganization(@Schema(example = "skoda-transportation") String id, String name,
			@Schema(example = "COMPANY") String kind, OrganizationRole role, String self) {
	}

	@Schema(name = "MeetingOutcome", description = "What came of the meeting; an agreement signed there is linked")
	record Outcome(OutcomeKind kind, String description, AgreementRef agreement) {
	}

	@Schema(name = "MeetingAgreementRef")
	record AgreementRef(@Schema(example = "kz-cz-foreign-ministries-mou-2024") String id, String title, String self) {

		static AgreementRef of(String slug, String title) {
			return (slug != null) ? new AgreementRef(slug, title, "/api/v1/agreements/" + slug) : null;
		}

	}

	@Schema(name = "MeetingProject", description = "A cooperation project discussed at the meeting")
	record DiscussedProject(@Schema(example = "przewalski-horse-reintroduction") String id, String name,
			@Schema(example = "ACTIVE") String status, String self) {
	}

	/** How a person took part. */
	enum ParticipantRole {

		HOST, GUEST, DELEGATION_MEMBER, PARTICIPANT, INTERVIEWEE

	}

	/** How an organization was involved. */
	enum OrganizationRole {

		HOST, VISITED, ORGANIZER, CO_ORGANIZER, PARTICIPANT

	}

	/** What sort of outcome. */
	enum OutcomeKind {

		AGREEMENT_SIGNED, ANNOUNCEMENT, DECISION, STATEMENT

	}

}
