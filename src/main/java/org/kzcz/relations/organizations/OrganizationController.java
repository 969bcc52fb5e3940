package org.kzcz.relations.organizations;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.kzcz.relations.common.CountryCodes;
import org.kzcz.relations.common.MergePatch;
import org.kzcz.relations.common.PageQuery;
import org.kzcz.relations.common.PageResponse;
import org.kzcz.relations.common.PagedQuery;
import org.kzcz.relations.common.QueryStrings;
import org.kzcz.relations.common.ResourceVersions;
import org.kzcz.relations.common.SearchTerms;
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
@RequestMapping(path = "/api/v1/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organizations", description = "Ministries, embassies, companies and other bodies in the relationship")
class OrganizationController {

	private final OrganizationService organizations;

	private final OrganizationCurationService curation;

	OrganizationController(OrganizationService organizations, OrganizationCurationService curation) {
		this.organizations = organizations;
		this.curation = curation;
	}

	@GetMapping
	@Operation(summary = "List organizations", description = """
			Czech companies active in Kazakhstan: /api/v1/organizations?country=CZ&kind=COMPANY&activeIn=KZ. \
			Sortable by name, id.""")
	PageResponse<OrganizationResponse> list(
			@Parameter(description = "Organizations of this country (ISO alpha-2, any case)",
					example = "CZ") @RequestParam(required = false) String country,
			@Parameter(
					description = "Organizations with an engagement in this country (operating, tendering, "
							+ "supplying, partnering a project, or interested in cooperation; ISO alpha-2, any case)",
					example = "KZ") @RequestParam(required = false) String activeIn,
			@Parameter(description = "Only organizations of this kind",
					example = "COMPANY") @RequestParam(required = false) OrganizationKind kind,
			@Parameter(
					description = "Full-text search on name and description, diacritics ignored (web-search syntax). "
							+ SearchTerms.LIMITS,
					example = "Skoda") @RequestParam(required = false) String q,
			@Parameter(description = "Zero-based page number",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size, 1 to 200",
					example = "20") @RequestParam(required = false) Integer size,
			@Parameter(description = "Sort field (name, id), '-' prefix for descending",
					example = "name") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		PageQuery query = PageQuery.parse(page, size, sort, OrganizationService.SORT_FIELDS);
		PagedQuery.Page<OrganizationResponse> result = this.organizations.list(
				CountryCodes.parameter("country", country), CountryCodes.parameter("activeIn", activeIn), kind,
				SearchTerms.parameter("q", q), query);
		return PageResponse.of(result, query, request.getRequestURI(), QueryStrings.withoutPaging(request));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organization", description = """
			With its parent and parts, where it is active, who held posts there, its projects and meetings. The \
			ETag names the organization's version: send it back in If-Match to change the organization.""")
	ResponseEntity<OrganizationDetailResponse> find(@Parameter(description = "The organization's id (slug)",
			example = "skoda-transportation") @PathVariable String id, HttpServletRequest request) {
		OrganizationDetailResponse organization = this.organizations.find(id);
		return ResponseEntity.ok().eTag(ResourceVersions.readEtag(request, organization.version())).body(organization);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Add an organization (curators)", description = """
			Answers 201 with the organization, its Location and ETag. 409 when the slug is taken; 422 naming \
			the field when a country, the parent or a source does not exist, or an engagement repeats a country \
			and kind.""")
	ResponseEntity<OrganizationDetailResponse> create(@Valid @RequestBody OrganizationRequest body) {
		OrganizationDetailResponse organization = this.curation.create(body);
		return ResponseEntity.created(URI.create(organization.self()))
			.eTag(ResourceVersions.writeEtag(organization.version()))
			.body(organization);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Replace an organization (curators)", description = """
			Full replacement: fields left out are cleared, sources and engagements are replaced by the lists sent \
			(an engagement keeping its country and kind keeps its identity and history). A different slug renames \
			the organization. The parent may not be the organization itself or one of its parts (422). Needs \
			If-Match with the ETag of your last read (428 without it, 412 when it changed since).""")
	ResponseEntity<OrganizationDetailResponse> replace(
			@Parameter(description = "The organization's id (slug)",
					example = "skoda-transportation") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the organization",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody OrganizationRequest body) {
		return written(this.curation.replace(id, ifMatch, body));
	}

	@PatchMapping(path = "/{id}", consumes = { MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Change some fields of an organization (curators)", description = """
			A JSON Merge Patch (RFC 7396) of the OrganizationRequest shape: only the members sent change, a \
			member set to null is cleared, a list sent replaces the whole list. The result must pass the same \
			rules as a PUT. Needs If-Match.""")
	ResponseEntity<OrganizationDetailResponse> patch(
			@Parameter(description = "The organization's id (slug)",
					example = "skoda-transportation") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the organization",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The fields to change",
					content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(
							implementation = OrganizationRequest.class))) @RequestBody JsonNode patch) {
		return written(this.curation.patch(id, ifMatch, patch));
	}

	@DeleteMapping("/{id}")
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Delete an organization (curators)", description = """
			Deletes the organization with its engagements and citations. While posts, meetings, projects, \
			agreements, trade figures or other organizations (its parts) refer to it, 409 says by how many of \
			each. History stays readable. Needs If-Match.""")
	ResponseEntity<Void> delete(
			@Parameter(description = "The organization's id (slug)",
					example = "skoda-transportation") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the organization",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.curation.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<OrganizationDetailResponse> written(OrganizationDetailResponse organization) {
		return ResponseEntity.ok().eTag(ResourceVersions.writeEtag(organization.version())).body(organization);
	}

}
