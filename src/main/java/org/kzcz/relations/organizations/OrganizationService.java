package org.kzcz.relations.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.kzcz.relations.common.reads.Columns;
import org.kzcz.relations.common.reads.LinkedResources;
import org.kzcz.relations.common.problems.NotFoundException;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PagedQuery;
import org.kzcz.relations.organizations.OrganizationDetailResponse.Engagement;
import org.kzcz.relations.organizations.OrganizationDetailResponse.MeetingRole;
import org.kzcz.relations.organizations.OrganizationDetailResponse.PostHolder;
import org.kzcz.relations.organizations.OrganizationDetailResponse.ProjectRole;
import org.kzcz.relations.organizations.OrganizationResponse.OrganizationRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class OrganizationService {

	static final Map<String, String> SORT_FIELDS = Map.of("name", "o.name", "id", "o.slug");

	/** The columns of an organization in the list and in the detail. */
	private static final String COLUMNS = """
			o.slug, o.name, o.kind, o.country_code, parent.slug as parent_slug, parent.name as parent_name,
			%s as sources""".formatted(LinkedResources.sources("organization_source", "organization_id", "o.id"));

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
				select %s
				from organization o
				left join organization parent on parent.id = o.parent_id
				where (cast(:country as text) is null or o.country_code = :country)
				  and (cast(:activeIn as text) is null
				       or exists (select 1 from organization_engagement e
				                  where e.organization_id = o.id and e.country_code = :activeIn))
				  and (cast(:kind as text) is null or o.kind = :kind)
				  and (cast(:q as text) is null or o.search_vector @@ search_query(:q))
				""".formatted(COLUMNS);
		return PagedQuery.run(this.jdbc, sql, page.orderBy(SORT_FIELDS, "o.name, o.slug", "o.slug"), params, page,
				(rs, n) -> new OrganizationResponse(rs.getString("slug"), rs.getString("name"),
						OrganizationKind.valueOf(rs.getString("kind")), rs.getString("country_code"), parent(rs),
						OrganizationResponse.self(rs.getString("slug")), Columns.sources(rs)));
	}

	/**
	 * One organization in one statement whatever its size: the organization with its
	 * parent and sources, and as JSON built by PostgreSQL its parts, engagements, the
	 * people who held posts there (current holders first), the projects it partners (and
	 * the one it leads if not listed as a partner) and its meetings.
	 */
	OrganizationDetailResponse find(String id) {
		return this.jdbc
			.sql("""
					select %s, o.description, o.version,
					       (select coalesce(json_agg(json_build_object('id', c.slug, 'name', c.name,
					                                                   'self', '/api/v1/organizations/' || c.slug)
					                                 order by c.name, c.slug), '[]')
					        from organization c where c.parent_id = o.id) as parts,
					       (select coalesce(json_agg(json_build_object(
					                   'kind', e.kind, 'country', e.country_code, 'description', e.description,
					                   'sources', %s)
					                 order by e.country_code, e.kind), '[]')
					        from organization_engagement e
					        where e.organization_id = o.id) as engagements,
					       (select coalesce(json_agg(json_build_object(
					                   'id', p.slug, 'name', p.full_name, 'role', ph.role, 'roleKind', ph.role_kind,
					                   'representsCountry', ph.represents_country, 'postedToCountry', ph.posted_to_country,
					                   'startDate', ph.start_date, 'startPrecision', ph.start_precision, 'endDate', ph.end_date,
					                   'endPrecision', ph.end_precision, 'ended', ph.ended, 'self', '/api/v1/officials/' || p.slug)
					                 order by (ph.end_date is null and not ph.ended) desc,
					                          coalesce(ph.start_date, ph.end_date, ph.attested_on) desc nulls last, p.slug), '[]')
					        from post_held ph join person p on p.id = ph.person_id
					        where ph.organization_id = o.id) as people,
					       (select coalesce(json_agg(json_build_object(
					                   'id', m.slug, 'title', m.title, 'date', m.start_date, 'datePrecision', m.date_precision,
					                   'status', m.status, 'role', mo.role, 'self', '/api/v1/meetings/' || m.slug)
					                 order by m.start_date desc, m.slug), '[]')
					        from meeting_organization mo join meeting m on m.id = mo.meeting_id
					        where mo.organization_id = o.id) as meetings,
					       (select coalesce(json_agg(json_build_object(
					                   'id', r.slug, 'name', r.name, 'status', r.status, 'role', r.role,
					                   'self', '/api/v1/projects/' || r.slug)
					                 order by r.name, r.slug), '[]')
					        from (select pr.slug, pr.name, pr.status, pp.role::text as role
					              from project_partner pp join project pr on pr.id = pp.project_id
					              where pp.organization_id = o.id
					              union all
					              select pr.slug, pr.name, pr.status, 'LEAD'
					              from project pr
					              where pr.lead_organization_id = o.id
					                and not exists (select 1 from project_partner pp
					                                where pp.project_id = pr.id and pp.organization_id = o.id)) r) as projects
					from organization o
					left join organization parent on parent.id = o.parent_id
					where o.slug = :slug
					"""
				.formatted(COLUMNS,
						LinkedResources.sources("organization_engagement_source", "organization_engagement_id",
								"e.id")))
			.param("slug", id)
			.query((rs, n) -> new OrganizationDetailResponse(rs.getString("slug"), rs.getString("name"),
					OrganizationKind.valueOf(rs.getString("kind")), rs.getString("country_code"),
					rs.getString("description"), parent(rs), Columns.list(rs, "parts", OrganizationRef.class),
					OrganizationResponse.self(rs.getString("slug")), rs.getLong("version"), Columns.sources(rs),
					Columns.list(rs, "engagements", Engagement.class), Columns.list(rs, "people", PostHolder.class),
					Columns.list(rs, "projects", ProjectRole.class), Columns.list(rs, "meetings", MeetingRole.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("organization", id));
	}

	private static OrganizationRef parent(ResultSet rs) throws SQLException {
		return OrganizationRef.of(rs.getString("parent_slug"), rs.getString("parent_name"));
	}

}
