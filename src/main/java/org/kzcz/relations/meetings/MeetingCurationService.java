package org.kzcz.relations.meetings;

import java.util.HashSet;
import java.util.Set;

import org.kzcz.relations.common.curation.References;
import org.kzcz.relations.common.curation.References.Kind;
import org.kzcz.relations.curation.ChildRows;
import org.kzcz.relations.curation.CurationService;
import org.kzcz.relations.curation.CurationService.Resource;
import org.kzcz.relations.curation.CurationSupport;
import org.kzcz.relations.meetings.MeetingDetailResponse.OutcomeKind;
import org.kzcz.relations.meetings.MeetingRequest.InvolvedOrganization;
import org.kzcz.relations.meetings.MeetingRequest.Outcome;
import org.kzcz.relations.meetings.MeetingRequest.Participant;

import org.springframework.stereotype.Service;

/**
 * Creates, replaces, patches and deletes meetings: what is a meeting's own in the
 * curation template (its date and participant rules, its child rows with a fixed number
 * of statements, what a delete detaches).
 */
@Service
class MeetingCurationService extends CurationService<Meeting, MeetingRequest, MeetingDetailResponse> {

	MeetingCurationService(MeetingRepository meetings, MeetingService reads, CurationSupport support) {
		super(new Resource<>("meeting", MeetingRequest.class, meetings, Meeting::new, reads::find, MeetingRequest::of),
				support);
	}

	/**
	 * Participants, organizations, topics, outcomes, project links and citations go with
	 * the meeting (the schema cascades); agreements signed at it lose that reference and
	 * move to a new version, as their stored state changes.
	 */
	@Override
	protected void beforeDelete(Meeting meeting) {
		jdbc().sql("""
				update agreement set meeting_id = null, version = version + 1, updated_at = now()
				where meeting_id = :id
				""").param("id", meeting.getId()).update();
	}

	/**
	 * The child rows, one statement per kind (and one to clear them) whatever their
	 * number.
	 */
	@Override
	protected void replaceChildren(Meeting meeting, MeetingRequest request, References.Check refs, boolean existing) {
		long id = meeting.getId();
		if (existing) {
			ChildRows.deleteAll(jdbc(), "meeting_id", id, "meeting_participant", "meeting_organization",
					"meeting_topic", "meeting_outcome", "meeting_project", "meeting_source");
		}
		ChildRows.of("meeting_participant", request.participants())
			.owner("meeting_id", id)
			.column("person_id", "bigint", (p) -> refs.id(Kind.PERSON, p.person()))
			.column("role_at_meeting", "text", Participant::roleAtMeeting)
			.column("side_country", "text", Participant::sideCountry)
			.column("note", "text", Participant::note)
			.insert(jdbc());
		ChildRows.of("meeting_organization", request.organizations())
			.owner("meeting_id", id)
			.column("organization_id", "bigint", (o) -> refs.id(Kind.ORGANIZATION, o.organization()))
			.column("role", "text", InvolvedOrganization::role)
			.insert(jdbc());
		ChildRows.of("meeting_topic", request.topics())
			.owner("meeting_id", id)
			.position("position")
			.column("topic", "text", (topic) -> topic)
			.insert(jdbc());
		ChildRows.of("meeting_outcome", request.outcomes())
			.owner("meeting_id", id)
			.column("kind", "text", Outcome::kind)
			.column("description", "text", Outcome::description)
			.column("agreement_id", "bigint", (o) -> refs.id(Kind.AGREEMENT, o.agreement()))
			.insert(jdbc());
		ChildRows.links("meeting_project", "meeting_id", id, "project_id", refs.ids(Kind.PROJECT, request.projects()))
			.insert(jdbc());
		ChildRows.links("meeting_source", "meeting_id", id, "source_id", refs.ids(Kind.SOURCE, request.sources()))
			.insert(jdbc());
	}

	/** The date rules, repeated entries, and every reference the meeting makes. */
	@Override
	protected void check(MeetingRequest request, References.Check check) {
		if (!request.datePrecision().startsPeriod(request.startDate())) {
			check.reject("startDate", request.datePrecision().periodStartMessage(request.startDate()));
		}
		if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
			check.reject("endDate", "must not be before startDate (" + request.startDate() + ")");
		}
		check.require(Kind.COUNTRY, "country", request.country())
			.require(Kind.COUNTRY, "hostCountry", request.hostCountry())
			.require(Kind.COUNTRY, "visitingCountry", request.visitingCountry());
		Set<String> people = new HashSet<>();
		for (int i = 0; i < request.participants().size(); i++) {
			Participant participant = request.participants().get(i);
			String field = "participants[" + i + "]";
			if (!people.add(participant.person())) {
				check.reject(field + ".person", "lists the same person twice");
			}
			check.require(Kind.PERSON, field + ".person", participant.person())
				.require(Kind.COUNTRY, field + ".sideCountry", participant.sideCountry());
		}
		Set<String> organizations = new HashSet<>();
		for (int i = 0; i < request.organizations().size(); i++) {
			InvolvedOrganization organization = request.organizations().get(i);
			String field = "organizations[" + i + "].organization";
			if (!organizations.add(organization.organization())) {
				check.reject(field, "lists the same organization twice");
			}
			check.require(Kind.ORGANIZATION, field, organization.organization());
		}
		for (int i = 0; i < request.outcomes().size(); i++) {
			Outcome outcome = request.outcomes().get(i);
			String field = "outcomes[" + i + "].agreement";
			if (outcome.kind() == OutcomeKind.AGREEMENT_SIGNED && outcome.agreement() == null) {
				check.reject(field, "an AGREEMENT_SIGNED outcome must name the agreement signed");
			}
			check.require(Kind.AGREEMENT, field, outcome.agreement());
		}
		check.requireAll(Kind.PROJECT, "projects", request.projects())
			.requireAll(Kind.SOURCE, "sources", request.sources());
	}

}
