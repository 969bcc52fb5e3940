package org.kzcz.relations.projects;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.kzcz.relations.common.MergePatch;
import org.kzcz.relations.common.PageQuery;
import org.kzcz.relations.common.PageResponse;
import org.kzcz.relations.common.PagedQuery;
import org.kzcz.relations.common.QueryStrings;
import org.kzcz.relations.common.ResourceVersions;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/projects", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Projects", description = "Cooperation projects: partners, milestones, targets and progress")
class ProjectController {

	private final ProjectService projects;

	private final ProjectCurationService curation;

	ProjectController(ProjectService projects, ProjectCurationService curation) {
		this.projects = projects;
		this.curation = curation;
	}

	@GetMapping
	@Operation(summary = "List cooperation projects, by name",
			description = "Filters combine with AND. Sortable by name, startedOn (unknown starts last).")
	PageResponse<ProjectResponse> list(
			@Parameter(description = "Alpha-2 code (any case) of a country involved",
					example = "KZ") @RequestParam(required = false) String country,
			@Parameter(description = "Project status",
					example = "ACTIVE") @RequestParam(required = false) ProjectStatus status,
			@Parameter(description = "Zero-based page number",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size, 1 to 200",
					example = "20") @RequestParam(required = false) Integer size,
			@Parameter(description = "Sort field (name, startedOn), '-' prefix for descending",
					example = "name") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		PageQuery query = PageQuery.parse(page, size, sort, ProjectService.SORT_FIELDS);
		PagedQuery.Page<ProjectResponse> result = this.projects.list(country, status, query);
		return PageResponse.of(result, query, request.getRequestURI(), QueryStrings.withoutPaging(request));
	}

	@GetMapping("/{id}")
	@Operation(
			summary = "Everything about one project: lead, partners, countries, milestones, targets with "
					+ "progress, agreements, meetings and sources",
			description = "The ETag names the project's version: send it back in If-Match to change the project.")
	ResponseEntity<ProjectDetailResponse> find(@Parameter(description = "Project slug",
			example = "przewalski-horse-reintroduction") @PathVariable String id, HttpServletRequest request) {
		ProjectDetailResponse project = this.projects.find(id);
		return ResponseEntity.ok().eTag(ResourceVersions.readEtag(request, project.version())).body(project);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Record a project with its milestones and targets (curators)", description = """
			Answers 201 with the project, its Location and ETag. 400 when a target value is not positive or an \
			achieved value is negative (over-achievement is allowed), or a source list is empty; 409 when the \
			slug is taken; 422 naming each field when startedOn comes without startedPrecision (or the \
			reverse), a date is not the first day of its precision's period, a partner is listed twice, or a \
			reference (organization, country, source) does not exist.""")
	ResponseEntity<ProjectDetailResponse> create(@Valid @RequestBody ProjectRequest body) {
		ProjectDetailResponse project = this.curation.create(body);
		return ResponseEntity.created(URI.create(project.self()))
			.eTag(ResourceVersions.writeEtag(project.version()))
			.body(project);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Replace a project (curators)", description = """
			Full replacement: fields left out are cleared, and partners, countries, milestones, targets and \
			sources are replaced by the lists sent. A different slug renames the project. Needs If-Match with \
			the ETag of your last read (428 without it, 412 when the project changed since); the same rules as \
			POST apply.""")
	ResponseEntity<ProjectDetailResponse> replace(
			@Parameter(description = "Project slug",
					example = "przewalski-horse-reintroduction") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the project",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ProjectRequest body) {
		return written(this.curation.replace(id, ifMatch, body));
	}

	@PatchMapping(path = "/{id}", consumes = { MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Change some fields of a project (curators)", description = """
			A JSON Merge Patch (RFC 7396) of the ProjectRequest shape: only the members sent change, a member \
			set to null is cleared, a list sent (milestones, targets...) replaces the whole list. The result \
			must pass the same rules as a PUT. Needs If-Match.""")
	ResponseEntity<ProjectDetailResponse> patch(
			@Parameter(description = "Project slug",
					example = "przewalski-horse-reintroduction") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the project",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The fields to change",
					content = @Content(mediaType = MergePatch.MEDIA_TYPE,
							schema = @Schema(implementation = ProjectRequest.class))) @RequestBody JsonNode patch) {
		return written(this.curation.patch(id, ifMatch, patch));
	}

	@DeleteMapping("/{id}")
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Delete a project (curators)", description = """
			Deletes the project with its partners, countries, milestones, targets and citations. Meetings that \
			discussed it and agreements that underpin it lose the link (their versions move). History stays \
			readable. Needs If-Match.""")
	ResponseEntity<Void> delete(
			@Parameter(description = "Project slug",
					example = "przewalski-horse-reintroduction") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the project",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.curation.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ProjectDetailResponse> written(ProjectDetailResponse project) {
		return ResponseEntity.ok().eTag(ResourceVersions.writeEtag(project.version())).body(project);
	}

}
