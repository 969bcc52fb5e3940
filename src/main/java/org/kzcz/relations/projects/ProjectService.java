package org.kzcz.relations.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.reads.Columns;
import org.kzcz.relations.common.problems.InvalidParameterException;
import org.kzcz.relations.common.reads.LinkedResources;
import org.kzcz.relations.common.problems.NotFoundException;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PagedQuery;
import org.kzcz.relations.projects.ProjectDetailResponse.AgreementRef;
import org.kzcz.relations.projects.ProjectDetailResponse.MeetingRef;
import org.kzcz.relations.projects.ProjectDetailResponse.Milestone;
import org.kzcz.relations.projects.ProjectDetailResponse.Partner;
import org.kzcz.relations.projects.ProjectDetailResponse.Target;
import org.kzcz.relations.projects.ProjectResponse.OrganizationRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class ProjectService {

	/** Sortable fields; projects with no known start come last either way. */
	static final Map<String, String> SORT_FIELDS = Map.of("name", "p.name", "startedOn",
			"p.started_on is null, p.started_on");

	private static final String COLUMNS = """
			p.slug, p.name, p.status, p.started_on, p.started_precision, o.slug as lead_slug, o.name as lead_name,
			array(select pc.country_code::text from project_country pc where pc.project_id = p.id
			      order by pc.country_code) as countries,
			%s as sources""".formatted(LinkedResources.sources("project_source", "project_id", "p.id"));

	private final JdbcClient jdbc;

	ProjectService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Projects involving the country and in the status given, by name unless sorted
	 * otherwise.
	 */
	PagedQuery.Page<ProjectResponse> list(String country, ProjectStatus status, PageQuery page) {
		String sql = """
				select %s
				from project p
				left join organization o on o.id = p.lead_organization_id
				where (cast(:country as text) is null
				       or exists (select 1 from project_country pc where pc.project_id = p.id and pc.country_code = :country))
				  and (cast(:status as text) is null or p.status = :status)
				"""
			.formatted(COLUMNS);
		Map<String, Object> params = new HashMap<>();
		params.put("country", alpha2(country));
		params.put("status", (status != null) ? status.name() : null);
		return PagedQuery.run(this.jdbc, sql, page.orderBy(SORT_FIELDS, "p.name, p.id", "p.id"), params, page,
				(rs, n) -> new ProjectResponse(rs.getString("slug"), rs.getString("name"),
						ProjectStatus.valueOf(rs.getString("status")), rs.getObject("started_on", LocalDate.class),
						Columns.precision(rs, "started_precision"), lead(rs), Columns.texts(rs, "countries"),
						ProjectResponse.self(rs.getString("slug")), Columns.sources(rs)));
	}

	/**
	 * Everything about one project in one statement whatever its size: the project with
	 * lead, countries and sources, and as JSON built by PostgreSQL its partners,
	 * milestones, targets, agreements and meetings.
	 */
	ProjectDetailResponse find(String slug) {
		return this.jdbc
			.sql("""
					select %s, p.summary, p.version,
					       %s as partners,
					       (select coalesce(json_agg(json_build_object(
					                   'date', m.occurred_on, 'datePrecision', m.date_precision, 'status', m.status,
					                   'title', m.title, 'description', m.description,
					                   'sources', %s)
					                 order by m.occurred_on, m.id), '[]')
					        from project_milestone m
					        where m.project_id = p.id) as milestones,
					       -- progressPercent is left to Target.of, which computes it
					       (select coalesce(json_agg(json_build_object(
					                   'description', t.description, 'unit', t.unit, 'target', t.target_value,
					                   'achieved', t.achieved_value, 'achievedAsOf', t.achieved_as_of,
					                   'achievedPrecision', t.achieved_precision, 'horizon', t.horizon, 'dueBy', t.due_by,
					                   'dueByPrecision', t.due_by_precision, 'progressPercent', null, 'note', t.note,
					                   'sources', %s)
					                 order by t.due_by nulls last, t.id), '[]')
					        from project_target t
					        where t.project_id = p.id) as targets,
					       (select coalesce(json_agg(json_build_object(
					                   'id', a.slug, 'title', a.title, 'kind', a.kind, 'status', a.status, 'signedOn', a.signed_on,
					                   'signedPrecision', a.signed_precision, 'self', '/api/v1/agreements/' || a.slug)
					                 order by a.signed_on nulls last, a.title), '[]')
					        from agreement_project ap join agreement a on a.id = ap.agreement_id
					        where ap.project_id = p.id) as agreements,
					       (select coalesce(json_agg(json_build_object(
					                   'id', m.slug, 'title', m.title, 'startDate', m.start_date, 'datePrecision', m.date_precision,
					                   'status', m.status, 'self', '/api/v1/meetings/' || m.slug)
					                 order by m.start_date, m.id), '[]')
					        from meeting_project mp join meeting m on m.id = mp.meeting_id
					        where mp.project_id = p.id) as meetings
					from project p
					left join organization o on o.id = p.lead_organization_id
					where p.slug = :slug
					"""
				.formatted(COLUMNS,
						LinkedResources.organizations("project_partner", "project_id", "p.id", "COORDINATOR",
								"OPERATOR", "PARTNER", "SITE", "POTENTIAL_PARTNER"),
						LinkedResources.sources("project_milestone_source", "project_milestone_id", "m.id"),
						LinkedResources.sources("project_target_source", "project_target_id", "t.id")))
			.param("slug", slug)
			.query((rs, n) -> new ProjectDetailResponse(rs.getString("slug"), rs.getString("name"),
					ProjectStatus.valueOf(rs.getString("status")), rs.getObject("started_on", LocalDate.class),
					Columns.precision(rs, "started_precision"), rs.getString("summary"),
					ProjectResponse.self(rs.getString("slug")), rs.getLong("version"), lead(rs),
					Columns.list(rs, "partners", Partner.class), Columns.texts(rs, "countries"),
					Columns.list(rs, "milestones", Milestone.class), targets(rs),
					Columns.list(rs, "agreements", AgreementRef.class), Columns.list(rs, "meetings", MeetingRef.class),
					Columns.sources(rs)))
			.optional()
			.orElseThrow(() -> new NotFoundException("project", slug));
	}

	private static String alpha2(String country) {
		if (country == null || country.isBlank()) {
			return null;
		}
		String code = country.trim();
		if (!code.matches("(?i)[a-z]{2}")) {
			throw new InvalidParameterException("country", "must be an ISO 3166-1 alpha-2 code such as CZ");
		}
		return code.toUpperCase(java.util.Locale.ROOT);
	}

	private static OrganizationRef lead(ResultSet rs) throws SQLException {
		return OrganizationRef.of(rs.getString("lead_slug"), rs.getString("lead_name"));
	}

	/** The targets with their progress, which {@link Target#of} computes. */
	private static List<Target> targets(ResultSet rs) throws SQLException {
		return Columns.list(rs, "targets", Target.class)
			.stream()
			.map((t) -> Target.of(t.description(), t.unit(), t.target(), t.achieved(), t.achievedAsOf(),
					t.achievedPrecision(), t.horizon(), t.dueBy(), t.dueByPrecision(), t.note(), t.sources()))
			.toList();
	}

}
