package org.kzcz.relations.officials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.common.NotFoundException;
import org.kzcz.relations.common.PageQuery;
import org.kzcz.relations.common.PagedQuery;
import org.kzcz.relations.common.SourceRef;
import org.kzcz.relations.common.SourceRefs;
import org.kzcz.relations.history.AuditStates;
import org.kzcz.relations.officials.OfficialDetailResponse.AgreementSigned;
import org.kzcz.relations.officials.OfficialDetailResponse.DateClaim;
import org.kzcz.relations.officials.OfficialDetailResponse.MeetingAttended;
import org.kzcz.relations.officials.OfficialDetailResponse.OrganizationRef;
import org.kzcz.relations.officials.OfficialDetailResponse.Post;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
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
				       (select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from person_source ps join source s on s.id = ps.source_id
				             where ps.person_id = p.id) as sources
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
			.formatted(HELD_ON);
		return PagedQuery.run(this.jdbc, sql, page.orderBy(SORT_FIELDS, "p.full_name, p.slug", "p.slug"),
				criteria.params(), page, (rs, n) -> {
					String slug = rs.getString("slug");
					return new OfficialResponse(slug, rs.getString("full_name"), rs.getString("honorific"),
							rs.getString("country_code"), List.of((String[]) rs.getArray("current_posts").getArray()),
							OfficialResponse.self(slug), SourceRefs.fromJson(rs.getString("sources")));
				});
	}

	OfficialDetailResponse find(String id) {
		PersonRow person = this.jdbc
			.sql("""
					select p.id, p.slug, p.full_name, p.honorific, p.country_code, p.born_on, p.born_precision, p.biography,
					       p.version,
					       (select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from person_source ps join source s on s.id = ps.source_id
					             where ps.person_id = p.id) as sources
					from person p
					where p.slug = :slug
					""")
			.param("slug", id)
			.query((rs, n) -> new PersonRow(rs.getLong("id"), rs.getString("slug"), rs.getString("full_name"),
					rs.getString("honorific"), rs.getString("country_code"), rs.getObject("born_on", LocalDate.class),
					precision(rs, "born_precision"), rs.getString("biography"), rs.getLong("version"),
					SourceRefs.fromJson(rs.getString("sources"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("official", id));
		return new OfficialDetailResponse(person.slug(), person.name(), person.honorific(), person.country(),
				person.bornOn(), person.bornPrecision(), person.biography(), OfficialResponse.self(person.slug()),
				person.version(), person.sources(),
				posts(person.slug(), "ph.person_id = :personId", Map.of("personId", person.id())),
				meetings(person.id()), agreements(person.id()));
	}

	/** One post of the person, with its sources and date claims. */
	Post post(String slug, long postId) {
		List<Post> posts = posts(slug,
				"ph.person_id = (select p.id from person p where p.slug = :slug) and ph.id = :postId",
				Map.of("slug", slug, "postId", postId));
		if (posts.isEmpty()) {
			throw new NotFoundException("post of official '" + slug + "'", postId);
		}
		return posts.get(0);
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

	/**
	 * The posts matching the condition on {@code ph} (post_held), current ones first,
	 * each with its sources and date claims: two statements however many posts there are.
	 */
	private List<Post> posts(String slug, String condition, Map<String, Object> params) {
		Map<Long, List<DateClaim>> claims = new HashMap<>();
		this.jdbc.sql("""
				select c.post_held_id, c.field, c.claimed_date, c.claimed_precision, c.qualifier, s.slug, s.title
				from post_date_claim c
				join post_held ph on ph.id = c.post_held_id
				join source s on s.id = c.source_id
				where %s
				order by c.post_held_id, c.field desc, c.claimed_date, s.slug
				""".formatted(condition)).params(params).query((ResultSet rs) -> {
			claims.computeIfAbsent(rs.getLong("post_held_id"), (key) -> new ArrayList<>())
				.add(new DateClaim(DateClaimField.valueOf(rs.getString("field")),
						rs.getObject("claimed_date", LocalDate.class), precision(rs, "claimed_precision"),
						rs.getString("qualifier"), SourceRef.of(rs.getString("slug"), rs.getString("title"))));
		});
		Map<Long, Post> posts = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select ph.id, ph.role, ph.role_kind, o.slug as organization_slug, o.name as organization_name,
					       ph.represents_country, ph.posted_to_country, ph.start_date, ph.start_precision, ph.end_date,
					       ph.end_precision, ph.ended, ph.attested_on, ph.attested_precision, ph.note, ph.version,
					       (select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from post_held_source phs join source s on s.id = phs.source_id
					             where phs.post_held_id = ph.id) as sources
					from post_held ph
					left join organization o on o.id = ph.organization_id
					where %s
					order by (ph.end_date is null and not ph.ended) desc,
					         coalesce(ph.start_date, ph.end_date, ph.attested_on) desc nulls last, ph.id desc
					"""
				.formatted(condition))
			.params(params)
			.query((ResultSet rs) -> {
				long postId = rs.getLong("id");
				String organization = rs.getString("organization_slug");
				posts.put(postId, new Post(postId, rs.getString("role"), RoleKind.valueOf(rs.getString("role_kind")),
						(organization != null) ? new OrganizationRef(organization, rs.getString("organization_name"),
								"/api/v1/organizations/" + organization) : null,
						rs.getString("represents_country"), rs.getString("posted_to_country"),
						rs.getObject("start_date", LocalDate.class), precision(rs, "start_precision"),
						rs.getObject("end_date", LocalDate.class), precision(rs, "end_precision"),
						rs.getBoolean("ended"), rs.getObject("attested_on", LocalDate.class),
						precision(rs, "attested_precision"), rs.getString("note"),
						SourceRefs.fromJson(rs.getString("sources")), claims.getOrDefault(postId, List.of()),
						rs.getLong("version"), Post.self(slug, postId)));
			});
		return List.copyOf(posts.values());
	}

	private List<MeetingAttended> meetings(long personId) {
		return this.jdbc.sql("""
				select m.slug, m.title, m.kind, m.status, m.start_date, m.date_precision, mp.role_at_meeting,
				       mp.side_country
				from meeting_participant mp
				join meeting m on m.id = mp.meeting_id
				where mp.person_id = :personId
				order by m.start_date desc, m.slug
				""")
			.param("personId", personId)
			.query((rs, n) -> new MeetingAttended(rs.getString("slug"), rs.getString("title"), rs.getString("kind"),
					rs.getString("status"), rs.getObject("start_date", LocalDate.class),
					precision(rs, "date_precision"), rs.getString("role_at_meeting"), rs.getString("side_country"),
					"/api/v1/meetings/" + rs.getString("slug")))
			.list();
	}

	/**
	 * Agreements the person signed, and those signed at a meeting they attended.
	 */
	private List<AgreementSigned> agreements(long personId) {
		return this.jdbc.sql("""
				select a.slug, a.title, a.kind, a.status, a.signed_on, a.signed_precision,
				       exists (select 1 from agreement_signatory sg
				               where sg.agreement_id = a.id and sg.person_id = :personId) as signatory,
				       (select m.slug from meeting m join meeting_participant mp on mp.meeting_id = m.id
				        where m.id = a.meeting_id and mp.person_id = :personId) as meeting_slug
				from agreement a
				where a.id in (select sg.agreement_id from agreement_signatory sg where sg.person_id = :personId)
				   or a.meeting_id in (select mp.meeting_id from meeting_participant mp where mp.person_id = :personId)
				order by a.signed_on desc nulls last, a.slug
				""")
			.param("personId", personId)
			.query((rs, n) -> new AgreementSigned(rs.getString("slug"), rs.getString("title"), rs.getString("kind"),
					rs.getString("status"), rs.getObject("signed_on", LocalDate.class),
					precision(rs, "signed_precision"), rs.getBoolean("signatory"), rs.getString("meeting_slug"),
					"/api/v1/agreements/" + rs.getString("slug")))
			.list();
	}

	private static DatePrecision precision(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? DatePrecision.valueOf(value) : null;
	}

	private record PersonRow(long id, String slug, String name, String honorific, String country, LocalDate bornOn,
			DatePrecision bornPrecision, String biography, long version, List<SourceRef> sources) {
	}

	/** One audit log row of a post, its record still as stored. */
	private record StoredChange(long revision, String action, java.time.Instant changedAt, String actor,
			String rowData) {
	}

}
