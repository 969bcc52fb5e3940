package org.kzcz.relations.projects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.kzcz.relations.common.paging.PageParameters;
import org.kzcz.relations.common.paging.PageResponse;
import org.kzcz.relations.curation.CuratedController;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/projects", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Projects", description = "Cooperation projects: partners, milestones, targets and progress")
class ProjectController extends CuratedController<ProjectRequest, ProjectDetailResponse> {

	private final ProjectService projects;

	ProjectController(ProjectService projects, ProjectCurationService curation) {
		super(projects::find, curation);
		this.projects = projects;
	}

	@GetMapping
	@Operation(summary = "List cooperation projects, by name",
			description = "Filters combine with AND. Sortable by name, startedOn (unknown starts last).")
	PageResponse<ProjectResponse> list(
			@Parameter(description = "Alpha-2 code (any case) of a country involved",
					example = "KZ") @RequestParam(required = false) String country,
			@Parameter(description = "Project status",
					example = "ACTIVE") @RequestParam(required = false) ProjectStatus status,
			@ParameterObject PageParameters paging,
			@Parameter(description = "Sort field (name, startedOn), '-' prefix for descending",
					example = "name") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		return paging.answer(request, sort, ProjectService.SORT_FIELDS,
				(query) -> this.projects.list(country, status, query));
	}

}
