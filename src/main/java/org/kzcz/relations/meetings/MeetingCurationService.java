package org.kzcz.relations.meetings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kzcz.relations.common.References;
import org.kzcz.relations.common.References.Kind;
import org.kzcz.relations.curation.CurationService;
import org.kzcz.relations.curation.CurationService.Resource;
import org.kzcz.relations.curation.CurationSupport;
import org.kzcz.relations.meetings.MeetingDetailResponse.OutcomeKind;
import org.kzcz.relations.meetings.MeetingRequest.InvolvedOrganization;
import org.kzcz.relations.meetings.MeetingRequest.Outcome;
import org.kzcz.relations.meetings.MeetingRequest.Participant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Creates, replaces, patches and deletes meetings: what is a meeting's own in the
 * curation template (its date and participant rules, its child rows with a fixed number
 * of statements, what a delete detaches).
 */
@Service
class MeetingCurationService extends CurationService<Meeting, MeetingRequest, MeetingDetailResponse> {

	private final JdbcClient jdbc;

	MeetingCurationService(MeetingRepository meetings, MeetingService reads, CurationSupport support) {
		super(new Resource<>("meeting", MeetingRequest.class, meetings, Meeting::new, reads::find, MeetingRequest::of),
				support);
		this.jdbc = support.jdbc();
	}

	@Override
	protected void describe(Meeting meeting, MeetingRequest request, References.Check refs) {
		meeting.describe(request);
	}

	/**
	 * Participants, organizations, topics, outcomes, project links and citations go with
	 * the meeting (the schema cascades); agreements signed at it lose that reference and
	 * move to a new version, as their stored state changes.
	 */
	@Override
	protected void beforeDelete(Meeting meeting) {
		this.jdbc.sql("""
				update agreement set meeting_id = null, version = version + 1, updated_at = now()
				where meeting_id = :id
				""").param("id", meeting.getId()).update();
	}

	@Override
	protected void replaceChildren(Meeting meeting, MeetingRequest request, References.Check refs, boolean existing) {
		if (existing) {
			this.jdbc.sql("""
					with participants as (delete from meeting_participant where meeting_id = :id),
					     organizations as (delete from meeting_organization where meeting_id = :id),
					     topics as (delete from meeting_topic where meeting_id = :id),
					     outcomes as (delete from meeting_outcome where meeting_id = :id),
					     projects as (delete from meeting_project where meeting_id = :id)
					delete from meeting_source where meeting_id = :id
					""").param("id", meeting.getId()).update();
		}
		insertChildren(meeting.getId(), request, refs);
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

	/** Inserts the child rows, one statement per kind whatever their number. */
	private void insertChildren(long id, MeetingRequest request, References.Check refs) {
		List<Participant> participants = request.participants();
		if (!participants.isEmpty()) {
			this.jdbc.sql("""
					insert into meeting_participant (meeting_id, person_id, role_at_meeting, side_country, note)
					select :id, person, role, side, note
					from unnest(cast(:people as bigint[]), cast(:roles as text[]), cast(:sides as text[]),
					            cast(:notes as text[])) as p (person, role, side, note)
					""")
				.param("id", id)
				.param("people",
						participants.stream().map((p) -> refs.id(Kind.PERSON, p.person())).toArray(Long[]::new))
				.param("roles", participants.stream().map((p) -> p.roleAtMeeting().name()).toArray(String[]::new))
				.param("sides", participants.stream().map(Participant::sideCountry).toArray(String[]::new))
				.param("notes", participants.stream().map(Participant::note).toArray(String[]::new))
				.update();
		}
		List<InvolvedOrganization> organizations = request.organizations();
		if (!organizations.isEmpty()) {
			this.jdbc.sql("""
					insert into meeting_organization (meeting_id, organization_id, role)
					select :id, organization, role
					from unnest(cast(:organizations as bigint[]), cast(:roles as text[])) as o (organization, role)
					""")
				.param("id", id)
				.param("organizations",
						organizations.stream()
							.map((o) -> refs.id(Kind.ORGANIZATION, o.organization()))
							.toArray(Long[]::new))
				.param("roles", organizations.stream().map((o) -> o.role().name()).toArray(String[]::new))
				.update();
		}
		if (!request.topics().isEmpty()) {
			this.jdbc.sql("""
					insert into meeting_topic (meeting_id, position, topic)
					select :id, ordinality - 1, topic from unnest(cast(:topics as text[])) with ordinality as t (topic)
					""").param("id", id).param("topics", request.topics().toArray(String[]::new)).update();
		}
		List<Outcome> outcomes = request.outcomes();
		if (!outcomes.isEmpty()) {
			this.jdbc.sql("""
					insert into meeting_outcome (meeting_id, kind, description, agreement_id)
					select :id, kind, description, agreement
					from unnest(cast(:kinds as text[]), cast(:descriptions as text[]), cast(:agreements as bigint[]))
					     with ordinality as o (kind, description, agreement, position)
					order by position
					""")
				.param("id", id)
				.param("kinds", outcomes.stream().map((o) -> o.kind().name()).toArray(String[]::new))
				.param("descriptions", outcomes.stream().map(Outcome::description).toArray(String[]::new))
				.param("agreements",
						outcomes.stream().map((o) -> refs.id(Kind.AGREEMENT, o.agreement())).toArray(Long[]::new))
				.update();
		}
		if (!request.projects().isEmpty()) {
			this.jdbc.sql("""
					insert into meeting_project (meeting_id, project_id)
					select :id, project from unnest(cast(:projects as bigint[])) as p (project)
					""")
				.param("id", id)
				.param("projects", refs.ids(Kind.PROJECT, request.projects()).toArray(Long[]::new))
				.update();
		}
		this.jdbc.sql("""
				insert into meeting_source (meeting_id, source_id)
				select :id, source from unnest(cast(:sources as bigint[])) as s (source)
				""")
			.param("id", id)
			.param("sources", refs.ids(Kind.SOURCE, request.sources()).toArray(Long[]::new))
			.update();
	}

}
