package org.kzcz.relations.meetings;

import java.time.LocalDate;
import java.util.Map;

import org.kzcz.relations.common.reads.Columns;
import org.kzcz.relations.common.reads.LinkedResources;
import org.kzcz.relations.common.problems.NotFoundException;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PagedQuery;
import org.kzcz.relations.meetings.MeetingDetailResponse.DiscussedProject;
import org.kzcz.relations.meetings.MeetingDetailResponse.InvolvedOrganization;
import org.kzcz.relations.meetings.MeetingDetailResponse.Outcome;
import org.kzcz.relations.meetings.MeetingDetailResponse.Participant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class MeetingService {

	static final Map<String, String> SORT_FIELDS = Map.of("startDate", "m.start_date", "title", "m.title");

	/** The columns of a meeting in the list and in the detail. */
	private static final String COLUMNS = """
			m.slug, m.title, m.kind, m.status, m.start_date, m.date_precision, m.end_date, m.city, m.country_code,
			m.host_country, m.visiting_country, %s as sources"""
		.formatted(LinkedResources.sources("meeting_source", "meeting_id", "m.id"));

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
				select %s
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
			.formatted(COLUMNS);
		return PagedQuery.run(this.jdbc, sql, page.orderBy(SORT_FIELDS, "m.start_date desc, m.id desc", "m.id"),
				filter.params(), page,
				(rs, n) -> new MeetingResponse(rs.getString("slug"), rs.getString("title"),
						MeetingKind.valueOf(rs.getString("kind")), MeetingStatus.valueOf(rs.getString("status")),
						rs.getObject("start_date", LocalDate.class), Columns.precision(rs, "date_precision"),
						rs.getObject("end_date", LocalDate.class), rs.getString("city"), rs.getString("country_code"),
						rs.getString("host_country"), rs.getString("visiting_country"),
						MeetingResponse.self(rs.getString("slug")), Columns.sources(rs)));
	}

	/**
	 * One meeting with everything around it in one statement whatever its size: the
	 * meeting with its topics and sources, and as JSON built by PostgreSQL the
	 * participants with their posts at the time, organizations, outcomes and projects.
	 * <p>
	 * A participant's posts at the time are every post whose span (read at its precision)
	 * can overlap the meeting's: a post with no known start counts as started; one ended
	 * at an unknown date counts only up to the last day a source shows it held.
	 */
	MeetingDetailResponse find(String slug) {
		return this.jdbc
			.sql("""
					select %s, m.date_note, m.summary, m.version,
					       array(select t.topic from meeting_topic t where t.meeting_id = m.id order by t.position) as topics,
					       (select coalesce(json_agg(json_build_object(
					                   'personId', p.slug, 'name', p.full_name, 'self', '/api/v1/officials/' || p.slug,
					                   'role', mp.role_at_meeting, 'sideCountry', mp.side_country, 'note', mp.note,
					                   'postsAtTheTime', (
					                       select coalesce(json_agg(json_build_object(
					                                  'role', ph.role, 'roleKind', ph.role_kind,
					                                  'organization', case when o.id is not null then json_build_object(
					                                      'id', o.slug, 'name', o.name, 'self', '/api/v1/organizations/' || o.slug) end,
					                                  'representsCountry', ph.represents_country,
					                                  'postedToCountry', ph.posted_to_country, 'startDate', ph.start_date,
					                                  'startPrecision', ph.start_precision, 'endDate', ph.end_date,
					                                  'endPrecision', ph.end_precision)
					                                order by ph.start_date desc nulls last, ph.id), '[]')
					                       from post_held ph
					                       left join organization o on o.id = ph.organization_id
					                       where ph.person_id = p.id
					                         and (ph.start_date is null
					                              or ph.start_date <= greatest(m.end_date, period_last_day(m.start_date, m.date_precision)))
					                         and (case when ph.end_date is not null
					                                   then period_last_day(ph.end_date, ph.end_precision) >= m.start_date
					                                   when ph.ended then ph.attested_on >= m.start_date
					                                   else true end)))
					                 order by array_position(array['HOST', 'GUEST', 'INTERVIEWEE', 'DELEGATION_MEMBER', 'PARTICIPANT'],
					                                         mp.role_at_meeting),
					                          p.full_name, p.id), '[]')
					        from meeting_participant mp join person p on p.id = mp.person_id
					        where mp.meeting_id = m.id) as participants,
					       %s as organizations,
					       (select coalesce(json_agg(json_build_object(
					                   'kind', mo.kind, 'description', mo.description,
					                   'agreement', case when a.id is not null then json_build_object(
					                       'id', a.slug, 'title', a.title, 'self', '/api/v1/agreements/' || a.slug) end)
					                 order by mo.id), '[]')
					        from meeting_outcome mo left join agreement a on a.id = mo.agreement_id
					        where mo.meeting_id = m.id) as outcomes,
					       %s as projects
					from meeting m
					where m.slug = :slug
					"""
				.formatted(COLUMNS,
						LinkedResources.organizations("meeting_organization", "meeting_id", "m.id", "HOST", "ORGANIZER",
								"CO_ORGANIZER", "VISITED", "PARTICIPANT"),
						LinkedResources.projects("meeting_project", "meeting_id", "m.id")))
			.param("slug", slug)
			.query((rs, n) -> new MeetingDetailResponse(rs.getString("slug"), rs.getString("title"),
					MeetingKind.valueOf(rs.getString("kind")), MeetingStatus.valueOf(rs.getString("status")),
					rs.getObject("start_date", LocalDate.class), Columns.precision(rs, "date_precision"),
					rs.getObject("end_date", LocalDate.class), rs.getString("date_note"), rs.getString("city"),
					rs.getString("country_code"), rs.getString("host_country"), rs.getString("visiting_country"),
					rs.getString("summary"), MeetingResponse.self(rs.getString("slug")), rs.getLong("version"),
					Columns.list(rs, "participants", Participant.class),
					Columns.list(rs, "organizations", InvolvedOrganization.class), Columns.texts(rs, "topics"),
					Columns.list(rs, "outcomes", Outcome.class), Columns.list(rs, "projects", DiscussedProject.class),
					Columns.sources(rs)))
			.optional()
			.orElseThrow(() -> new NotFoundException("meeting", slug));
	}

}
