package org.kzcz.relations.projects;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.kzcz.relations.common.PartialDates;
import org.kzcz.relations.common.References;
import org.kzcz.relations.common.References.Kind;
import org.kzcz.relations.curation.CurationService;
import org.kzcz.relations.curation.CurationService.Resource;
import org.kzcz.relations.curation.CurationSupport;
import org.kzcz.relations.projects.ProjectRequest.Milestone;
import org.kzcz.relations.projects.ProjectRequest.Partner;
import org.kzcz.relations.projects.ProjectRequest.Target;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Creates, replaces, patches and deletes projects: what is a project's own in the
 * curation template (its date and partner rules, its partners, countries, milestones and
 * targets with a fixed number of statements, what a delete detaches).
 */
@Service
class ProjectCurationService extends CurationService<Project, ProjectRequest, ProjectDetailResponse> {

	private final JdbcClient jdbc;

	ProjectCurationService(ProjectRepository projects, ProjectService reads, CurationSupport support) {
		super(new Resource<>("project", ProjectRequest.class, projects, Project::new, reads::find, ProjectRequest::of),
				support);
		this.jdbc = support.jdbc();
	}

	@Override
	protected void describe(Project project, ProjectRequest request, References.Check refs) {
		project.describe(request, refs.id(Kind.ORGANIZATION, request.leadOrganization()));
	}

	/**
	 * Partners, countries, milestones, targets and citations go with the project (the
	 * schema cascades); meetings that discussed it and agreements that underpin it lose
	 * the link and move to a new version, as their stored state changes.
	 */
	@Override
	protected void beforeDelete(Project project) {
		this.jdbc.sql("""
				with meetings as (
				       update meeting set version = version + 1, updated_at = now()
				       where id in (select meeting_id from meeting_project where project_id = :id))
				update agreement set version = version + 1, updated_at = now()
				where id in (select agreement_id from agreement_project where project_id = :id)
				""").param("id", project.getId()).update();
	}

	@Override
	protected void replaceChildren(Project project, ProjectRequest request, References.Check refs, boolean existing) {
		if (existing) {
			this.jdbc.sql("""
					with partners as (delete from project_partner where project_id = :id),
					     countries as (delete from project_country where project_id = :id),
					     milestones as (delete from project_milestone where project_id = :id),
					     targets as (delete from project_target where project_id = :id)
					delete from project_source where project_id = :id
					""").param("id", project.getId()).update();
		}
		insertChildren(project.getId(), request, refs);
	}

	/** The date rules, repeated partners, and every reference the project makes. */
	@Override
	protected void check(ProjectRequest request, References.Check check) {
		PartialDates.check(check, "startedOn", request.startedOn(), "startedPrecision", request.startedPrecision());
		check.require(Kind.ORGANIZATION, "leadOrganization", request.leadOrganization());
		Set<String> partners = new HashSet<>();
		for (int i = 0; i < request.partners().size(); i++) {
			String organization = request.partners().get(i).organization();
			String field = "partners[" + i + "].organization";
			if (!partners.add(organization)) {
				check.reject(field, "lists the same organization twice");
			}
			check.require(Kind.ORGANIZATION, field, organization);
		}
		check.requireAll(Kind.COUNTRY, "countries", request.countries());
		for (int i = 0; i < request.milestones().size(); i++) {
			Milestone milestone = request.milestones().get(i);
			if (!milestone.datePrecision().startsPeriod(milestone.date())) {
				check.reject("milestones[" + i + "].date",
						milestone.datePrecision().periodStartMessage(milestone.date()));
			}
			check.requireAll(Kind.SOURCE, "milestones[" + i + "].sources", milestone.sources());
		}
		for (int i = 0; i < request.targets().size(); i++) {
			Target target = request.targets().get(i);
			String prefix = "targets[" + i + "].";
			PartialDates.check(check, prefix + "achievedAsOf", target.achievedAsOf(), prefix + "achievedPrecision",
					target.achievedPrecision());
			PartialDates.check(check, prefix + "dueBy", target.dueBy(), prefix + "dueByPrecision",
					target.dueByPrecision());
			check.requireAll(Kind.SOURCE, prefix + "sources", target.sources());
		}
		check.requireAll(Kind.SOURCE, "sources", request.sources());
	}

	/** Inserts the child rows, a fixed number of statements whatever their number. */
	private void insertChildren(long id, ProjectRequest request, References.Check refs) {
		List<Partner> partners = request.partners();
		if (!partners.isEmpty()) {
			this.jdbc.sql("""
					insert into project_partner (project_id, organization_id, role)
					select :id, organization, role
					from unnest(cast(:organizations as bigint[]), cast(:roles as text[])) as p (organization, role)
					""")
				.param("id", id)
				.param("organizations",
						partners.stream().map((p) -> refs.id(Kind.ORGANIZATION, p.organization())).toArray(Long[]::new))
				.param("roles", partners.stream().map((p) -> p.role().name()).toArray(String[]::new))
				.update();
		}
		if (!request.countries().isEmpty()) {
			this.jdbc.sql("""
					insert into project_country (project_id, country_code)
					select :id, country from unnest(cast(:countries as text[])) as c (country)
					""")
				.param("id", id)
				.param("countries", new LinkedHashSet<>(request.countries()).toArray(String[]::new))
				.update();
		}
		insertMilestones(id, request.milestones(), refs);
		insertTargets(id, request.targets(), refs);
		this.jdbc.sql("""
				insert into project_source (project_id, source_id)
				select :id, source from unnest(cast(:sources as bigint[])) as s (source)
				""")
			.param("id", id)
			.param("sources", refs.ids(Kind.SOURCE, request.sources()).toArray(Long[]::new))
			.update();
	}

	/**
	 * Milestones and their citations in three statements: their ids are drawn from the
	 * identity sequence first, so the citations can name them.
	 */
	private void insertMilestones(long projectId, List<Milestone> milestones, References.Check refs) {
		if (milestones.isEmpty()) {
			return;
		}
		List<Long> ids = newIds("project_milestone", milestones.size());
		this.jdbc.sql("""
				insert into project_milestone (id, project_id, occurred_on, date_precision, status, title, description)
				overriding system value
				select id, :project, occurred_on, date_precision, status, title, description
				from unnest(cast(:ids as bigint[]), cast(:dates as date[]), cast(:precisions as text[]),
				            cast(:statuses as text[]), cast(:titles as text[]), cast(:descriptions as text[]))
				     as m (id, occurred_on, date_precision, status, title, description)
				""")
			.param("project", projectId)
			.param("ids", ids.toArray(Long[]::new))
			.param("dates", strings(milestones, (m) -> m.date()))
			.param("precisions", strings(milestones, (m) -> m.datePrecision().name()))
			.param("statuses", strings(milestones, (m) -> m.status().name()))
			.param("titles", strings(milestones, Milestone::title))
			.param("descriptions", strings(milestones, Milestone::description))
			.update();
		insertCitations("project_milestone_source", "project_milestone_id", ids,
				milestones.stream().map(Milestone::sources).toList(), refs);
	}

	/** Targets and their citations in three statements, as milestones. */
	private void insertTargets(long projectId, List<Target> targets, References.Check refs) {
		if (targets.isEmpty()) {
			return;
		}
		List<Long> ids = newIds("project_target", targets.size());
		this.jdbc
			.sql("""
					insert into project_target (id, project_id, description, unit, target_value, achieved_value,
					                            achieved_as_of, achieved_precision, horizon, due_by, due_by_precision, note)
					overriding system value
					select id, :project, description, unit, target_value, achieved_value, achieved_as_of, achieved_precision,
					       horizon, due_by, due_by_precision, note
					from unnest(cast(:ids as bigint[]), cast(:descriptions as text[]), cast(:units as text[]),
					            cast(:targetValues as numeric[]), cast(:achievedValues as numeric[]),
					            cast(:achievedAsOf as date[]), cast(:achievedPrecisions as text[]), cast(:horizons as text[]),
					            cast(:dueBy as date[]), cast(:dueByPrecisions as text[]), cast(:notes as text[]))
					     as t (id, description, unit, target_value, achieved_value, achieved_as_of, achieved_precision,
					           horizon, due_by, due_by_precision, note)
					""")
			.param("project", projectId)
			.param("ids", ids.toArray(Long[]::new))
			.param("descriptions", strings(targets, Target::description))
			.param("units", strings(targets, Target::unit))
			.param("targetValues", strings(targets, (t) -> plain(t.targetValue())))
			.param("achievedValues", strings(targets, (t) -> plain(t.achievedValue())))
			.param("achievedAsOf", strings(targets, Target::achievedAsOf))
			.param("horizons", strings(targets, Target::horizon))
			.param("dueBy", strings(targets, Target::dueBy))
			.param("achievedPrecisions", strings(targets, Target::achievedPrecision))
			.param("dueByPrecisions", strings(targets, Target::dueByPrecision))
			.param("notes", strings(targets, Target::note))
			.update();
		insertCitations("project_target_source", "project_target_id", ids,
				targets.stream().map(Target::sources).toList(), refs);
	}

	private List<Long> newIds(String table, int count) {
		return this.jdbc.sql("select nextval(pg_get_serial_sequence(:table, 'id')) from generate_series(1, :count)")
			.param("table", table)
			.param("count", count)
			.query(Long.class)
			.list();
	}

	/** Cites each row's sources: row ids[i] cites the slugs sources[i]. */
	private void insertCitations(String table, String column, List<Long> ids, List<List<String>> sources,
			References.Check refs) {
		List<Long> rows = new ArrayList<>();
		List<Long> cited = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			for (Long source : refs.ids(Kind.SOURCE, sources.get(i))) {
				rows.add(ids.get(i));
				cited.add(source);
			}
		}
		this.jdbc
			.sql("""
					insert into %s (%s, source_id)
					select row_id, source_id from unnest(cast(:rows as bigint[]), cast(:sources as bigint[])) as c (row_id, source_id)
					"""
				.formatted(table, column))
			.param("rows", rows.toArray(Long[]::new))
			.param("sources", cited.toArray(Long[]::new))
			.update();
	}

	private static <T> String[] strings(List<T> rows, Function<T, Object> value) {
		return rows.stream().map(value).map((v) -> Objects.toString(v, null)).toArray(String[]::new);
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

}
