package org.kzcz.relations.projects;

import org.kzcz.relations.common.web.ApiController;
import org.kzcz.relations.curation.CuratedController;

@ApiController(path = "/api/v1/projects", tag = "Projects",
		description = "Cooperation projects: partners, milestones, targets and progress")
class ProjectController
		extends CuratedController<ProjectFilter, ProjectResponse, ProjectRequest, ProjectDetailResponse> {

	ProjectController(ProjectService projects, ProjectCurationService curation) {
		super(new Reads<>((filter, query) -> projects.list(filter.country(), filter.status(), query),
				ProjectService.SORT_FIELDS, projects::find), curation);
	}

}
