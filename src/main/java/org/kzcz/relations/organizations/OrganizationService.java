package org.kzcz.relations.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.common.NotFoundException;
import org.kzcz.relations.common.PageQuery;
import org.kzcz.relations.common.PagedQuery;
import org.kzcz.relations.common.SourceRef;
import org.kzcz.relations.common.JsonTuples;
import org.kzcz.relations.common.SourceRefs;
import org.kzcz.relations.organizations.OrganizationDetailResponse.Engagement;
import org.kzcz.relations.organizations.OrganizationDetailResponse.MeetingRole;
import org.kzcz.relations.organizations.OrganizationDetailResponse.PostHolder;
import org.kzcz.relations.organizations.OrganizationDetailResponse.ProjectRole;
import org.kzcz.relations.organizations.OrganizationResponse.OrganizationRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganizationService {

	static final Map<String, String> SORT_FIELDS = Map.of("name", "o.name", "id", "o.slug");

	private static final String SOURCES = """
			(select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from organization_source os join source s on s.id = os.source_id
			      where os.organization_id = o.id) as sources""";

	private final JdbcClient jdbc;

	OrganizationService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PagedQuery.Page<OrganizationResponse> list(String country, String activeIn, OrganizationKind kind, String q,
			PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		params.put("country", country);
		params.put("activeIn", activeIn);
		params.put("kind", (kind != null) ? kind.name() : null);
		params.put("q", q);
		String sql = """
				select o.slug, o.name, o.kind, o.country_code, parent.slug as parent_slug, parent.name as parent_name,
				       %s
				from organization o
				left join organization parent on parent.id = o.parent_id
				where (cast(:country as text) is null or o.country_code = :country)
				  and (cast(:activeIn as text) is null
				       or exists (select 1 from organization_engagement e
				                  where e.organization_id = o.id and e.country_code = :activeIn))
				  and (cast(:kind as text) is null or o.kind = :kind)
				  and (cast(:q as text) is null or o.search_vector @@ search_query(:q))
				""".formatted(SOURCES);
		return PagedQuery.run(this.jdbc, sql, page.orderBy(SORT_FIELDS, "o.name, o.slug", "o.slug"), params, page,
				(rs, n) -> new OrganizationResponse(rs.getString("slug"), rs.getString("name"),
						OrganizationKind.valueOf(rs.getString("kind")), rs.getString("country_code"),
						OrganizationRef.of(rs.getString("parent_slug"), rs.getString("parent_name")),
						OrganizationResponse.self(rs.getString("slug")), SourceRefs.fromJson(rs.getString("sources"))));
	}

	OrganizationDetailResponse find(String id) {
		OrganizationRow row = this.jdbc.sql("""
				select o.id, o.slug, o.name, o.kind, o.country_code, o.description, o.version,
				       parent.slug as parent_slug, parent.name as parent_name,
				       (select coalesce(json_agg(json_build_array(c.slug, c.name) order by c.name, c.slug), '[]')
				        from organization c where c.parent_id = o.id) as parts,
				       %s
				from organization o
				left join organization parent on parent.id = o.parent_id
				where o.slug = :slug
				""".formatted(SOURCES))
			.param("slug", id)
			.query((rs, n) -> new OrganizationRow(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					OrganizationKind.valueOf(rs.getString("kind")), rs.getString("country_code"),
					rs.getString("description"), rs.getLong("version"),
					OrganizationRef.of(rs.getString("parent_slug"), rs.getString("parent_name")),
					refs(rs.getString("parts")), SourceRefs.fromJson(rs.getString("sources"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("organization", id));
		return new OrganizationDetailResponse(row.slug(), row.name(), row.kind(), row.country(), row.description(),
				row.parent(), row.parts(), OrganizationResponse.self(row.slug()), row.version(), row.sources(),
				engagements(row.id()), people(row.id()), projects(row.id()), meetings(row.id()));
	}

	private List<Engagement> engagements(long organizationId) {
		return this.jdbc
			.sql("""
					select e.kind, e.country_code, e.description,
					       (select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from organization_engagement_source es
					             join source s on s.id = es.source_id
					             where es.organization_engagement_id = e.id) as sources
					from organization_engagement e
					where e.organization_id = :organizationId
					order by e.country_code, e.kind
					""")
			.param("organizationId", organizationId)
			.query((rs, n) -> new Engagement(EngagementKind.valueOf(rs.getString("kind")), rs.getString("country_code"),
					rs.getString("description"), SourceRefs.fromJson(rs.getString("sources"))))
			.list();
	}

	/** Everyone who held a post in the organization, current holders first. */
	private List<PostHolder> people(long organizationId) {
		return this.jdbc.sql("""
				select p.slug, p.full_name, ph.role, ph.role_kind, ph.represents_country, ph.posted_to_country,
				       ph.start_date, ph.start_precision, ph.end_date, ph.end_precision, ph.ended
				from post_held ph
				join person p on p.id = ph.person_id
				where ph.organization_id = :organizationId
				order by (ph.end_date is null and not ph.ended) desc,
				         coalesce(ph.start_date, ph.end_date, ph.attested_on) desc nulls last, p.slug
				""")
			.param("organizationId", organizationId)
			.query((rs, n) -> new PostHolder(rs.getString("slug"), rs.getString("full_name"), rs.getString("role"),
					rs.getString("role_kind"), rs.getString("represents_country"), rs.getString("posted_to_country"),
					rs.getObject("start_date", LocalDate.class), precision(rs, "start_precision"),
					rs.getObject("end_date", LocalDate.class), precision(rs, "end_precision"), rs.getBoolean("ended"),
					"/api/v1/officials/" + rs.getString("slug")))
			.list();
	}

	/**
	 * Projects the organization partners, and the one it leads if not listed as a
	 * partner.
	 */
	private List<ProjectRole> projects(long organizationId) {
		return this.jdbc.sql("""
				select pr.slug, pr.name, pr.status, pp.role
				from project_partner pp
				join project pr on pr.id = pp.project_id
				where pp.organization_id = :organizationId
				union all
				select pr.slug, pr.name, pr.status, 'LEAD'
				from project pr
				where pr.lead_organization_id = :organizationId
				  and not exists (select 1 from project_partner pp
				                  where pp.project_id = pr.id and pp.organization_id = :organizationId)
				order by name, slug
				""")
			.param("organizationId", organizationId)
			.query((rs, n) -> new ProjectRole(rs.getString("slug"), rs.getString("name"), rs.getString("status"),
					rs.getString("role"), "/api/v1/projects/" + rs.getString("slug")))
			.list();
	}

	private List<MeetingRole> meetings(long organizationId) {
		return this.jdbc.sql("""
				select m.slug, m.title, m.start_date, m.date_precision, m.status, mo.role
				from meeting_organization mo
				join meeting m on m.id = mo.meeting_id
				where mo.organization_id = :organizationId
				order by m.start_date desc, m.slug
				""")
			.param("organizationId", organizationId)
			.query((rs, n) -> new MeetingRole(rs.getString("slug"), rs.getString("title"),
					rs.getObject("start_date", LocalDate.class), precision(rs, "date_precision"),
					rs.getString("status"), rs.getString("role"), "/api/v1/meetings/" + rs.getString("slug")))
			.list();
	}

	private static List<OrganizationRef> refs(String json) {
		return JsonTuples.of(json).stream().map((t) -> OrganizationRef.of(t.get(0), t.get(1))).toList();
	}

	private static DatePrecision precision(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? DatePrecision.valueOf(value) : null;
	}

	private record OrganizationRow(long id, String slug, String name, OrganizationKind kind, String country,
			String description, long version, OrganizationRef parent, List<OrganizationRef> parts,
			List<SourceRef> sources) {
	}

}
