package org.kzcz.relations.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.common.InvalidParameterException;
import org.kzcz.relations.common.NotFoundException;
import org.kzcz.relations.common.PageQuery;
import org.kzcz.relations.common.PagedQuery;
import org.kzcz.relations.common.SourceRefs;
import org.kzcz.relations.projects.ProjectDetailResponse.AgreementRef;
import org.kzcz.relations.projects.ProjectDetailResponse.MeetingRef;
import org.kzcz.relations.projects.ProjectDetailResponse.Milestone;
import org.kzcz.relations.projects.ProjectDetailResponse.MilestoneStatus;
import org.kzcz.relations.projects.ProjectDetailResponse.Partner;
import org.kzcz.relations.projects.ProjectDetailResponse.PartnerRole;
import org.kzcz.relations.projects.ProjectDetailResponse.Target;
import org.kzcz.relations.projects.ProjectResponse.OrganizationRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ProjectService {

	/** Sortable fields; projects with no known start come last either way. */
	static final Map<String, String> SORT_FIELDS = Map.of("name", "p.name", "startedOn",
			"p.started_on is null, p.started_on");

	private static final String COLUMNS = """
			p.id, p.slug, p.name, p.status, p.started_on, p.started_precision, p.summary,
			o.slug as lead_slug, o.name as lead_name,
			array(select pc.country_code::text from project_country pc where pc.project_id = p.id
			      order by pc.country_code) as countries,
			(select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from project_source ps join source s on s.id = ps.source_id
			      where ps.project_id = p.id) as sources""";

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
						precision(rs, "started_precision"),
						OrganizationRef.of(rs.getString("lead_slug"), rs.getString("lead_name")), countries(rs),
						ProjectResponse.self(rs.getString("slug")), SourceRefs.fromJson(rs.getString("sources"))));
	}

	/**
	 * Everything about one project in six statements whatever its size: the project (with
	 * lead, countries and sources), partners, milestones, targets, agreements and
	 * meetings.
	 */
	ProjectDetailResponse find(String slug) {
		Head head = this.jdbc.sql("""
				select %s, p.version
				from project p
				left join organization o on o.id = p.lead_organization_id
				where p.slug = :slug
				""".formatted(COLUMNS))
			.param("slug", slug)
			.query((rs, n) -> new Head(rs.getLong("id"), rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("project", slug));
		long id = head.id();
		return head.withChildren(partners(id), milestones(id), targets(id), agreements(id), meetings(id));
	}

	private List<Partner> partners(long projectId) {
		return this.jdbc
			.sql("""
					select o.slug, o.name, o.kind, pp.role
					from project_partner pp
					join organization o on o.id = pp.organization_id
					where pp.project_id = :id
					order by array_position(array['COORDINATOR', 'OPERATOR', 'PARTNER', 'SITE', 'POTENTIAL_PARTNER'], pp.role),
					         o.name
					""")
			.param("id", projectId)
			.query((rs, n) -> new Partner(rs.getString("slug"), rs.getString("name"), rs.getString("kind"),
					PartnerRole.valueOf(rs.getString("role")), "/api/v1/organizations/" + rs.getString("slug")))
			.list();
	}

	private List<Milestone> milestones(long projectId) {
		return this.jdbc
			.sql("""
					select m.occurred_on, m.date_precision, m.status, m.title, m.description,
					       (select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from project_milestone_source ms join source s on s.id = ms.source_id
					             where ms.project_milestone_id = m.id) as sources
					from project_milestone m
					where m.project_id = :id
					order by m.occurred_on, m.id
					""")
			.param("id", projectId)
			.query((rs, n) -> new Milestone(rs.getObject("occurred_on", LocalDate.class),
					precision(rs, "date_precision"), MilestoneStatus.valueOf(rs.getString("status")),
					rs.getString("title"), rs.getString("description"), SourceRefs.fromJson(rs.getString("sources"))))
			.list();
	}

	private List<Target> targets(long projectId) {
		return this.jdbc
			.sql("""
					select t.description, t.unit, t.target_value, t.achieved_value, t.achieved_as_of, t.achieved_precision,
					       t.horizon, t.due_by, t.due_by_precision, t.note,
					       (select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from project_target_source ts join source s on s.id = ts.source_id
					             where ts.project_target_id = t.id) as sources
					from project_target t
					where t.project_id = :id
					order by t.due_by nulls last, t.id
					""")
			.param("id", projectId)
			.query((rs, n) -> Target.of(rs.getString("description"), rs.getString("unit"),
					rs.getBigDecimal("target_value"), rs.getBigDecimal("achieved_value"),
					rs.getObject("achieved_as_of", LocalDate.class), precision(rs, "achieved_precision"),
					rs.getString("horizon"), rs.getObject("due_by", LocalDate.class), precision(rs, "due_by_precision"),
					rs.getString("note"), SourceRefs.fromJson(rs.getString("sources"))))
			.list();
	}

	private List<AgreementRef> agreements(long projectId) {
		return this.jdbc.sql("""
				select a.slug, a.title, a.kind, a.status, a.signed_on, a.signed_precision
				from agreement_project ap
				join agreement a on a.id = ap.agreement_id
				where ap.project_id = :id
				order by a.signed_on nulls last, a.title
				""")
			.param("id", projectId)
			.query((rs, n) -> new AgreementRef(rs.getString("slug"), rs.getString("title"), rs.getString("kind"),
					rs.getString("status"), rs.getObject("signed_on", LocalDate.class),
					precision(rs, "signed_precision"), "/api/v1/agreements/" + rs.getString("slug")))
			.list();
	}

	private List<MeetingRef> meetings(long projectId) {
		return this.jdbc.sql("""
				select m.slug, m.title, m.start_date, m.date_precision, m.status
				from meeting_project mp
				join meeting m on m.id = mp.meeting_id
				where mp.project_id = :id
				order by m.start_date, m.id
				""")
			.param("id", projectId)
			.query((rs, n) -> new MeetingRef(rs.getString("slug"), rs.getString("title"),
					rs.getObject("start_date", LocalDate.class), precision(rs, "date_precision"),
					rs.getString("status"), "/api/v1/meetings/" + rs.getString("slug")))
			.list();
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

	private static List<String> countries(ResultSet rs) throws SQLException {
		return Arrays.asList((String[]) rs.getArray("countries").getArray());
	}

	private static DatePrecision precision(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? DatePrecision.valueOf(value) : null;
	}

	/**
	 * The project row (with lead, countries and sources), read before its other children.
	 */
	private record Head(long id, ProjectDetailResponse project) {

		Head(long id, ResultSet rs) throws SQLException {
			this(id, new ProjectDetailResponse(rs.getString("slug"), rs.getString("name"),
					ProjectStatus.valueOf(rs.getString("status")), rs.getObject("started_on", LocalDate.class),
					precision(rs, "started_precision"), rs.getString("summary"),
					ProjectResponse.self(rs.getString("slug")), rs.getLong("version"),
					OrganizationRef.of(rs.getString("lead_slug"), rs.getString("lead_name")), List.of(), countries(rs),
					List.of(), List.of(), List.of(), List.of(), SourceRefs.fromJson(rs.getString("sources"))));
		}

		ProjectDetailResponse withChildren(List<Partner> partners, List<Milestone> milestones, List<Target> targets,
				List<AgreementRef> agreements, List<MeetingRef> meetings) {
			ProjectDetailResponse p = this.project;
			return new ProjectDetailResponse(p.id(), p.name(), p.status(), p.startedOn(), p.startedPrecision(),
					p.summary(), p.self(), p.version(), p.leadOrganization(), partners, p.countries(), milestones,
					targets, agreements, meetings, p.sources());
		}

	}

}
