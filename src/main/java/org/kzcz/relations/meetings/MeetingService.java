package org.kzcz.relations.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.common.NotFoundException;
import org.kzcz.relations.common.PageQuery;
import org.kzcz.relations.common.PagedQuery;
import org.kzcz.relations.common.SourceRefs;
import org.kzcz.relations.meetings.MeetingDetailResponse.AgreementRef;
import org.kzcz.relations.meetings.MeetingDetailResponse.DiscussedProject;
import org.kzcz.relations.meetings.MeetingDetailResponse.InvolvedOrganization;
import org.kzcz.relations.meetings.MeetingDetailResponse.OrganizationRef;
import org.kzcz.relations.meetings.MeetingDetailResponse.OrganizationRole;
import org.kzcz.relations.meetings.MeetingDetailResponse.Outcome;
import org.kzcz.relations.meetings.MeetingDetailResponse.OutcomeKind;
import org.kzcz.relations.meetings.MeetingDetailResponse.Participant;
import org.kzcz.relations.meetings.MeetingDetailResponse.ParticipantRole;
import org.kzcz.relations.meetings.MeetingDetailResponse.PostAtTheTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class MeetingService {

	static final Map<String, String> SORT_FIELDS = Map.of("startDate", "m.start_date", "title", "m.title");

	private static final String SOURCES = """
			(select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from meeting_source ms join source s on s.id = ms.source_id
			      where ms.meeting_id = m.id) as sources""";

	private final JdbcClient jdbc;

	MeetingService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Meetings matching every given filter, newest first unless sorted otherwise. A
	 * meeting matches a date range when the span its dates stand for (read at their
	 * precision) overlaps the range.
	 */
	PagedQuery.Page<MeetingResponse> list(MeetingFilter filter, PageQuery page) {
		String sql = """
				select m.slug, m.title, m.kind, m.status, m.start_date, m.date_precision, m.end_date, m.city,
				       m.country_code, m.host_country, m.visiting_country,
				       %s
				from meeting m
				where (cast(:country as text) is null or :country in (m.country_code, m.host_country, m.visiting_country))
				  and (cast(:official as text) is null
				       or exists (select 1 from meeting_participant mp join person p on p.id = mp.person_id
				                  where mp.meeting_id = m.id and p.slug = :official))
				  and (cast(:from as date) is null
				       or greatest(m.end_date, period_last_day(m.start_date, m.date_precision)) >= :from)
				  and (cast(:to as date) is null or m.start_date <= :to)
				  and (cast(:city as text) is null or lower(public.unaccent(m.city)) = lower(public.unaccent(:city)))
				  and (cast(:q as text) is null or m.search_vector @@ search_query(:q))
				  and (cast(:status as text) is null or m.status = :status)
				  and (cast(:kind as text) is null or m.kind = :kind)
				"""
			.formatted(SOURCES);
		return PagedQuery.run(this.jdbc, sql, page.orderBy(SORT_FIELDS, "m.start_date desc, m.id desc", "m.id"),
				filter.params(), page,
				(rs, n) -> new MeetingResponse(rs.getString("slug"), rs.getString("title"),
						MeetingKind.valueOf(rs.getString("kind")), MeetingStatus.valueOf(rs.getString("status")),
						rs.getObject("start_date", LocalDate.class), precision(rs, "date_precision"),
						rs.getObject("end_date", LocalDate.class), rs.getString("city"), rs.getString("country_code"),
						rs.getString("host_country"), rs.getString("visiting_country"),
						MeetingResponse.self(rs.getString("slug")), SourceRefs.fromJson(rs.getString("sources"))));
	}

	/**
	 * One meeting with everything around it, in five statements whatever its size: the
	 * meeting (with topics and sources), participants with their posts at the time,
	 * organizations, outcomes and projects.
	 */
	MeetingDetailResponse find(String slug) {
		Head head = this.jdbc
			.sql("""
					select m.id, m.slug, m.title, m.kind, m.status, m.start_date, m.date_precision, m.end_date, m.date_note,
					       m.city, m.country_code, m.host_country, m.visiting_country, m.summary, m.version,
					       array(select t.topic from meeting_topic t where t.meeting_id = m.id order by t.position) as topics,
					       %s
					from meeting m
					where m.slug = :slug
					"""
				.formatted(SOURCES))
			.param("slug", slug)
			.query((rs, n) -> new Head(rs.getLong("id"), rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("meeting", slug));
		long id = head.id();
		return head.withChildren(participants(id), organizations(id), outcomes(id), projects(id));
	}

	/**
	 * Participants, each with every post whose span (read at its precision) can overlap
	 * the meeting's: a post with no known start counts as started; one ended at an
	 * unknown date counts only up to the last day a source shows it held.
	 */
	private List<Participant> participants(long meetingId) {
		Map<String, Participant> participants = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select p.slug, p.full_name, mp.role_at_meeting, mp.side_country, mp.note,
					       ph.id as post_id, ph.role, ph.role_kind, o.slug as organization_slug, o.name as organization_name,
					       ph.represents_country, ph.posted_to_country, ph.start_date, ph.start_precision,
					       ph.end_date, ph.end_precision
					from meeting m
					join meeting_participant mp on mp.meeting_id = m.id
					join person p on p.id = mp.person_id
					left join post_held ph on ph.person_id = p.id
					     and (ph.start_date is null
					          or ph.start_date <= greatest(m.end_date, period_last_day(m.start_date, m.date_precision)))
					     and (case when ph.end_date is not null then period_last_day(ph.end_date, ph.end_precision) >= m.start_date
					               when ph.ended then ph.attested_on >= m.start_date
					               else true end)
					left join organization o on o.id = ph.organization_id
					where m.id = :id
					order by array_position(array['HOST', 'GUEST', 'INTERVIEWEE', 'DELEGATION_MEMBER', 'PARTICIPANT'],
					                        mp.role_at_meeting),
					         p.full_name, p.id, ph.start_date desc nulls last, ph.id
					""")
			.param("id", meetingId)
			.query((rs, n) -> {
				String person = rs.getString("slug");
				Participant participant = participants.get(person);
				if (participant == null) {
					participant = new Participant(person, rs.getString("full_name"), "/api/v1/officials/" + person,
							ParticipantRole.valueOf(rs.getString("role_at_meeting")), rs.getString("side_country"),
							rs.getString("note"), new ArrayList<>());
					participants.put(person, participant);
				}
				if (rs.getObject("post_id") != null) {
					participant.postsAtTheTime()
						.add(new PostAtTheTime(rs.getString("role"), rs.getString("role_kind"),
								OrganizationRef.of(rs.getString("organization_slug"),
										rs.getString("organization_name")),
								rs.getString("represents_country"), rs.getString("posted_to_country"),
								rs.getObject("start_date", LocalDate.class), precision(rs, "start_precision"),
								rs.getObject("end_date", LocalDate.class), precision(rs, "end_precision")));
				}
				return participant;
			})
			.list();
		return List.copyOf(participants.values());
	}

	private List<InvolvedOrganization> organizations(long meetingId) {
		return this.jdbc
			.sql("""
					select o.slug, o.name, o.kind, mo.role
					from meeting_organization mo
					join organization o on o.id = mo.organization_id
					where mo.meeting_id = :id
					order by array_position(array['HOST', 'ORGANIZER', 'CO_ORGANIZER', 'VISITED', 'PARTICIPANT'], mo.role), o.name
					""")
			.param("id", meetingId)
			.query((rs, n) -> new InvolvedOrganization(rs.getString("slug"), rs.getString("name"), rs.getString("kind"),
					OrganizationRole.valueOf(rs.getString("role")), "/api/v1/organizations/" + rs.getString("slug")))
			.list();
	}

	private List<Outcome> outcomes(long meetingId) {
		return this.jdbc.sql("""
				select mo.kind, mo.description, a.slug as agreement_slug, a.title as agreement_title
				from meeting_outcome mo
				left join agreement a on a.id = mo.agreement_id
				where mo.meeting_id = :id
				order by mo.id
				""")
			.param("id", meetingId)
			.query((rs, n) -> new Outcome(OutcomeKind.valueOf(rs.getString("kind")), rs.getString("description"),
					AgreementRef.of(rs.getString("agreement_slug"), rs.getString("agreement_title"))))
			.list();
	}

	private List<DiscussedProject> projects(long meetingId) {
		return this.jdbc.sql("""
				select pr.slug, pr.name, pr.status
				from meeting_project mp
				join project pr on pr.id = mp.project_id
				where mp.meeting_id = :id
				order by pr.name
				""")
			.param("id", meetingId)
			.query((rs, n) -> new DiscussedProject(rs.getString("slug"), rs.getString("name"), rs.getString("status"),
					"/api/v1/projects/" + rs.getString("slug")))
			.list();
	}

	private static DatePrecision precision(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? DatePrecision.valueOf(value) : null;
	}

	/** The meeting row (with topics and sources), read before its other children. */
	private record Head(long id, MeetingDetailResponse meeting) {

		Head(long id, ResultSet rs) throws SQLException {
			this(id, new MeetingDetailResponse(rs.getString("slug"), rs.getString("title"),
					MeetingKind.valueOf(rs.getString("kind")), MeetingStatus.valueOf(rs.getString("status")),
					rs.getObject("start_date", LocalDate.class), precision(rs, "date_precision"),
					rs.getObject("end_date", LocalDate.class), rs.getString("date_note"), rs.getString("city"),
					rs.getString("country_code"), rs.getString("host_country"), rs.getString("visiting_country"),
					rs.getString("summary"), MeetingResponse.self(rs.getString("slug")), rs.getLong("version"),
					List.of(), List.of(), Arrays.asList((String[]) rs.getArray("topics").getArray()), List.of(),
					List.of(), SourceRefs.fromJson(rs.getString("sources"))));
		}

		MeetingDetailResponse withChildren(List<Participant> participants, List<InvolvedOrganization> organizations,
				List<Outcome> outcomes, List<DiscussedProject> projects) {
			MeetingDetailResponse m = this.meeting;
			return new MeetingDetailResponse(m.id(), m.title(), m.kind(), m.status(), m.startDate(), m.datePrecision(),
					m.endDate(), m.dateNote(), m.city(), m.country(), m.hostCountry(), m.visitingCountry(), m.summary(),
					m.self(), m.version(), participants, organizations, m.topics(), outcomes, projects, m.sources());
		}

	}

}
