package org.kzcz.relations.projects;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.kzcz.relations.common.curation.PartialDates;
import org.kzcz.relations.common.curation.References;
import org.kzcz.relations.common.curation.References.Kind;
import org.kzcz.relations.curation.ChildRows;
import org.kzcz.relations.curation.CurationService;
import org.kzcz.relations.curation.CurationService.Resource;
import org.kzcz.relations.curation.CurationSupport;
import org.kzcz.relations.projects.ProjectRequest.Milestone;
import org.kzcz.relations.projects.ProjectRequest.Partner;
import org.kzcz.relations.projects.ProjectRequest.Target;

import org.springframework.stereotype.Service;

/**
 * Creates, replaces, patches and deletes projects: what is a project's own in the
 * curation template (its date and partner rules, its partners, countries, milestones and
 * targets with a fixed number of statements, what a delete detaches).
 */
@Service
class ProjectCurationService extends CurationService<Project, ProjectRequest, ProjectDetailResponse> {

	ProjectCurationService(ProjectRepository projects, ProjectService reads, CurationSupport support) {
		super(new Resource<>("project", ProjectRequest.class, projects, Project::new, reads::find, ProjectRequest::of),
				support);
	}

	/**
	 * Partners, countries, milestones, targets and citations go with the project (the
	 * schema cascades); meetings that discussed it and agreements that underpin it lose
	 * the link and move to a new version, as their stored state changes.
	 */
	@Override
	protected void beforeDelete(Project project) {
		touch(project.getId(), new Referrer("meeting", "select meeting_id from meeting_project where project_id = :id"),
				new Referrer("agreement", "select agreement_id from agreement_project where project_id = :id"));
	}

	/**
	 * The child rows, one statement per kind (and one to clear them) whatever their
	 * number; milestones and targets draw their ids first, so their citations can name
	 * them.
	 */
	@Override
	protected void replaceChildren(Project project, ProjectRequest request, References.Check refs, boolean existing) {
		long id = project.getId();
		if (existing) {
			ChildRows.deleteAll(jdbc(), "project_id", id, "project_partner", "project_country", "project_milestone",
					"project_target", "project_source");
		}
		ChildRows.of("project_partner", request.partners())
			.owner("project_id", id)
			.column("organization_id", "bigint", (p) -> refs.id(Kind.ORGANIZATION, p.organization()))
			.column("role", "text", Partner::role)
			.insert(jdbc());
		ChildRows.of("project_country", List.copyOf(new LinkedHashSet<>(request.countries())))
			.owner("project_id", id)
			.column("country_code", "text", Function.identity())
			.insert(jdbc());
		ChildRows.of("project_milestone", request.milestones())
			.owner("project_id", id)
			.components(Milestone.class, Map.of("date", "occurred_on"))
			.insertCiting(jdbc(), "project_milestone_source", "project_milestone_id",
					(m) -> refs.ids(Kind.SOURCE, m.sources()));
		ChildRows.of("project_target", request.targets())
			.owner("project_id", id)
			.components(Target.class, Map.of())
			.insertCiting(jdbc(), "project_target_source", "project_target_id",
					(t) -> refs.ids(Kind.SOURCE, t.sources()));
		ChildRows.links("project_source", "project_id", id, "source_id", refs.ids(Kind.SOURCE, request.sources()))
			.insert(jdbc());
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

}
