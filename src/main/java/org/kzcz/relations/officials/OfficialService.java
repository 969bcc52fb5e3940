package org.kzcz.relations.officials;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.reads.Columns;
import org.kzcz.relations.common.reads.LinkedResources;
import org.kzcz.relations.common.problems.NotFoundException;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PagedQuery;
import org.kzcz.relations.history.AuditStates;
import org.kzcz.relations.officials.OfficialDetailResponse.AgreementSigned;
import org.kzcz.relations.officials.OfficialDetailResponse.MeetingAttended;
import org.kzcz.relations.officials.OfficialDetailResponse.Post;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class OfficialService {

	static final Map<String, String> SORT_FIELDS = Map.of("name", "p.full_name", "id", "p.slug");

	/**
	 * A post held on {@code :activeOn}: started by then (a MONTH or YEAR start, stored as
	 * the first day, counts from the start of its period; an unknown start counts as
	 * started), and not over by then: no end and not marked ended, or an end (to the last
	 * day of its period) on or after that date, or, when it ended at an unknown date, a
	 * source attesting it on or after that date (to the last day of the attested period).
	 */
	static final String HELD_ON = """
			(ph.start_date is null or ph.start_date <= :activeOn)
			and ((ph.end_date is null and not ph.ended)
			     or period_last_day(ph.end_date, ph.end_precision) >= :activeOn
			     or (ph.end_date is null
			         and period_last_day(ph.attested_on, ph.attested_precision) >= :activeOn))""";

	/**
	 * One post ({@code ph}, of the person {@code p}, in the organization {@code o}) as a
	 * {@link Post}, with its sources and what each source claimed about its dates.
	 */
	private static final String POST = """
			json_build_object(
			    'id', ph.id, 'role', ph.role, 'roleKind', ph.role_kind,
			    'organization', case when o.id is not null then json_build_object(
			        'id', o.slug, 'name', o.name, 'self', '/api/v1/organizations/' || o.slug) end,
			    'representsCountry', ph.represents_country, 'postedToCountry', ph.posted_to_country,
			    'startDate', ph.start_date, 'startPrecision', ph.start_precision, 'endDate', ph.end_date,
			    'endPrecision', ph.end_precision, 'ended', ph.ended, 'attestedOn', ph.attested_on,
			    'attestedPrecision', ph.attested_precision, 'note', ph.note,
			    'sources', %s,
			    'dateClaims', (select coalesce(json_agg(json_build_object(
			                       'field', c.field, 'date', c.claimed_date, 'precision', c.claimed_precision,
			                       'qualifier', c.qualifier,
			                       'source', json_build_object('id', s.slug, 'title', s.title, 'self', '/api/v1/sources/' || s.slug))
			                     order by c.field desc, c.claimed_date, s.slug), '[]')
			                   from post_date_claim c join source s on s.id = c.source_id
			                   where c.post_held_id = ph.id),
			    'version', ph.version, 'self', '/api/v1/officials/' || p.slug || '/posts/' || ph.id)"""
		.formatted(LinkedResources.sources("post_held_source", "post_held_id", "ph.id"));

	private final JdbcClient jdbc;

	private final AuditStates states;

	OfficialService(JdbcClient jdbc, AuditStates states) {
		this.jdbc = jdbc;
		this.states = states;
	}

	PagedQuery.Page<OfficialResponse> list(OfficialCriteria criteria, PageQuery page) {
		String sql = """
				select p.slug, p.full_name, p.honorific, p.country_code,
				       array(select ph.role from post_held ph
				             where ph.person_id = p.id and ph.end_date is null and not ph.ended
				               and (ph.start_date is null or ph.start_date <= current_date)
				             order by ph.start_date desc nulls last, ph.id) as current_posts,
				       %s as sources
				from person p
				where (cast(:q as text) is null or p.search_vector @@ search_query(:q))
				  and (not :filtersPosts or exists (
				      select 1 from post_held ph
				      where ph.person_id = p.id
				        and (cast(:country as text) is null or ph.represents_country = :country)
				        and (cast(:postedTo as text) is null or ph.posted_to_country = :postedTo)
				        and (cast(:organization as text) is null
				             or ph.organization_id = (select o.id from organization o where o.slug = :organization))
				        and (cast(:roleKind as text) is null or ph.role_kind = :roleKind)
				        -- every word of the role filter appears in the title, ignoring case and diacritics
				        and (cast(:roleText as text) is null
				             or not exists (select 1 from regexp_split_to_table(public.unaccent(lower(:roleText)), '\\s+') w
				                            where w <> '' and strpos(public.unaccent(lower(ph.role)), w) = 0))
				        and (cast(:activeOn as date) is null or (%s))))
				"""
			.formatted(LinkedResources.sources("person_source", "person_id", "p.id"), HELD_ON);
		return PagedQuery.run(this.jdbc, sql, page.orderBy(SORT_FIELDS, "p.full_name, p.slug", "p.slug"),
				criteria.params(), page, (rs, n) -> {
					String slug = rs.getString("slug");
					return new OfficialResponse(slug, rs.getString("full_name"), rs.getString("honorific"),
							rs.getString("country_code"), Columns.texts(rs, "current_posts"),
							OfficialResponse.self(slug), Columns.sources(rs));
				});
	}

	/**
	 * A person's whole career in one statement: the person, the posts (each with its
	 * sources and date claims), the meetings attended and the agreements signed, the
	 * lists built as JSON by PostgreSQL.
	 */
	OfficialDetailResponse find(String id) {
		return this.jdbc
			.sql("""
					select p.slug, p.full_name, p.honorific, p.country_code, p.born_on, p.born_precision, p.biography,
					       p.version, %s as sources,
					       (select coalesce(json_agg(%s
					                                 order by (ph.end_date is null and not ph.ended) desc,
					                                          coalesce(ph.start_date, ph.end_date, ph.attested_on) desc nulls last,
					                                          ph.id desc), '[]')
					        from post_held ph left join organization o on o.id = ph.organization_id
					        where ph.person_id = p.id) as posts,
					       (select coalesce(json_agg(json_build_object(
					                   'id', m.slug, 'title', m.title, 'kind', m.kind, 'status', m.status, 'date', m.start_date,
					                   'datePrecision', m.date_precision, 'roleAtMeeting', mp.role_at_meeting,
					                   'sideCountry', mp.side_country, 'self', '/api/v1/meetings/' || m.slug)
					                 order by m.start_date desc, m.slug), '[]')
					        from meeting_participant mp join meeting m on m.id = mp.meeting_id
					        where mp.person_id = p.id) as meetings,
					       -- agreements the person signed, and those signed at a meeting they attended
					       (select coalesce(json_agg(json_build_object(
					                   'id', a.slug, 'title', a.title, 'kind', a.kind, 'status', a.status, 'signedOn', a.signed_on,
					                   'signedPrecision', a.signed_precision,
					                   'signatory', exists (select 1 from agreement_signatory sg
					                                        where sg.agreement_id = a.id and sg.person_id = p.id),
					                   'meetingId', (select m.slug from meeting m join meeting_participant mp on mp.meeting_id = m.id
					                                 where m.id = a.meeting_id and mp.person_id = p.id),
					                   'self', '/api/v1/agreements/' || a.slug)
					                 order by a.signed_on desc nulls last, a.slug), '[]')
					        from agreement a
					        where a.id in (select sg.agreement_id from agreement_signatory sg where sg.person_id = p.id)
					           or a.meeting_id in (select mp.meeting_id from meeting_participant mp where mp.person_id = p.id))
					         as agreements
					from person p
					where p.slug = :slug
					"""
				.formatted(LinkedResources.sources("person_source", "person_id", "p.id"), POST))
			.param("slug", id)
			.query((rs, n) -> new OfficialDetailResponse(rs.getString("slug"), rs.getString("full_name"),
					rs.getString("honorific"), rs.getString("country_code"), rs.getObject("born_on", LocalDate.class),
					Columns.precision(rs, "born_precision"), rs.getString("biography"),
					OfficialResponse.self(rs.getString("slug")), rs.getLong("version"), Columns.sources(rs),
					Columns.list(rs, "posts", Post.class), Columns.list(rs, "meetings", MeetingAttended.class),
					Columns.list(rs, "agreements", AgreementSigned.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("official", id));
	}

	/** One post of the person, with its sources and date claims, in one statement. */
	Post post(String slug, long postId) {
		return this.jdbc.sql("""
				select %s as post
				from post_held ph
				join person p on p.id = ph.person_id
				left join organization o on o.id = ph.organization_id
				where p.slug = :slug and ph.id = :postId
				""".formatted(POST))
			.param("slug", slug)
			.param("postId", postId)
			.query((rs, n) -> Columns.object(rs, "post", Post.class))
			.optional()
			.orElseThrow(() -> new NotFoundException("post of official '" + slug + "'", postId));
	}

	/**
	 * Every change of one post from the audit log, also after the post (or the person)
	 * was deleted: the person is the live one with that slug or, once deleted, the last
	 * one the log knew by it.
	 */
	PostHistoryResponse postHistory(String slug, long postId) {
		List<StoredChange> changes = this.jdbc
			.sql("""
					select a.id, a.action, a.changed_at, a.actor, a.row_data::text as state
					from audit_log a
					where a.table_name = 'post_held' and a.row_id = :postId
					  and (a.row_data ->> 'person_id')::bigint = coalesce(
					          (select p.id from person p where p.slug = :slug),
					          (select l.row_id from audit_log l where l.table_name = 'person' and l.row_data ->> 'slug' = :slug
					           order by l.id desc limit 1))
					order by a.id
					""")
			.param("postId", postId)
			.param("slug", slug)
			.query((rs, n) -> new StoredChange(rs.getLong("id"), rs.getString("action"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("actor"), rs.getString("state")))
			.list();
		if (changes.isEmpty()) {
			throw new NotFoundException("post of official '" + slug + "'", postId);
		}
		List<Map<String, Object>> states = this.states.states("post_held",
				changes.stream().map(StoredChange::rowData).toList());
		List<PostHistoryResponse.Entry> entries = new ArrayList<>(changes.size());
		for (int i = 0; i < changes.size(); i++) {
			StoredChange change = changes.get(i);
			entries.add(new PostHistoryResponse.Entry(change.revision(), change.action(), change.changedAt(),
					change.actor(), states.get(i)));
		}
		return new PostHistoryResponse(slug, postId, changes.get(changes.size() - 1).action().equals("DELETE"),
				entries);
	}

	/** One audit log row of a post, its record still as stored. */
	private record StoredChange(long revision, String action, java.time.Instant changedAt, String actor,
			String rowData) {
	}

}
