package org.kzcz.relations.sources;

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
@RequestMapping(path = "/api/v1/sources", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sources", description = "The documents facts come from, and what cites each of them")
class SourceController {

	private final SourceService sources;

	private final SourceCurationService curation;

	SourceController(SourceService sources, SourceCurationService curation) {
		this.sources = sources;
		this.curation = curation;
	}

	@GetMapping
	@Operation(summary = "List sources", description = """
			Newest first by default. Sortable by publishedOn, title, id (sources without a date sort last \
			ascending, first descending).""")
	PageResponse<SourceResponse> list(
			@Parameter(description = "Only sources of this kind",
					example = "INTERVIEW") @RequestParam(required = false) SourceKind kind,
			@Parameter(description = "Full-text search on title, publisher, author and summary (web-search syntax). "
					+ SearchTerms.LIMITS, example = "ambassador") @RequestParam(required = false) String q,
			@Parameter(description = "Zero-based page number",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size, 1 to 200",
					example = "20") @RequestParam(required = false) Integer size,
			@Parameter(description = "Sort field (publishedOn, title, id), '-' prefix for descending",
					example = "-publishedOn") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		PageQuery query = PageQuery.parse(page, size, sort, SourceService.SORT_FIELDS);
		PagedQuery.Page<SourceResponse> result = this.sources.list(kind, SearchTerms.parameter("q", q), query);
		return PageResponse.of(result, query, request.getRequestURI(), QueryStrings.withoutPaging(request));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One source and every fact citing it", description = """
			Facts are grouped by kind: people, posts, organizations, meetings, trade figures and so on. The ETag \
			names the source's version: send it back in If-Match to change the source.""")
	ResponseEntity<SourceDetailResponse> find(@Parameter(description = "The source's id (slug)",
			example = "dyussenbayev-interview-2025") @PathVariable String id, HttpServletRequest request) {
		SourceDetailResponse source = this.sources.find(id);
		return ResponseEntity.ok().eTag(ResourceVersions.readEtag(request, source.version())).body(source);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Add a source (curators)", description = """
			Answers 201 with the source, its Location and ETag; cite it then by its slug in any fact's sources. \
			409 when the slug is taken; 422 naming the field when publishedOn and publishedPrecision do not \
			come together, a MONTH or YEAR date is not the first day of its period, or the language is not an \
			ISO 639-1 code.""")
	ResponseEntity<SourceDetailResponse> create(@Valid @RequestBody SourceRequest body) {
		SourceDetailResponse source = this.curation.create(body);
		return ResponseEntity.created(URI.create(source.self()))
			.eTag(ResourceVersions.writeEtag(source.version()))
			.body(source);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Replace a source (curators)", description = """
			Full replacement: fields left out are cleared. A different slug renames the source (facts keep \
			citing it). Needs If-Match with the ETag of your last read (428 without it, 412 when the source \
			changed since); the same rules as POST apply.""")
	ResponseEntity<SourceDetailResponse> replace(
			@Parameter(description = "The source's id (slug)",
					example = "dyussenbayev-interview-2025") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the source",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody SourceRequest body) {
		return written(this.curation.replace(id, ifMatch, body));
	}

	@PatchMapping(path = "/{id}", consumes = { MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Change some fields of a source (curators)", description = """
			A JSON Merge Patch (RFC 7396) of the SourceRequest shape: only the members sent change, a member \
			set to null is cleared. The result must pass the same rules as a PUT. Needs If-Match.""")
	ResponseEntity<SourceDetailResponse> patch(
			@Parameter(description = "The source's id (slug)",
					example = "dyussenbayev-interview-2025") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the source",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The fields to change",
					content = @Content(mediaType = MergePatch.MEDIA_TYPE,
							schema = @Schema(implementation = SourceRequest.class))) @RequestBody JsonNode patch) {
		return written(this.curation.patch(id, ifMatch, patch));
	}

	@DeleteMapping("/{id}")
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Delete a source (curators)", description = """
			Only a source no fact cites any more: otherwise 409 says how many facts still cite it. History \
			stays readable. Needs If-Match.""")
	ResponseEntity<Void> delete(
			@Parameter(description = "The source's id (slug)",
					example = "dyussenbayev-interview-2025") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the source",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.curation.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<SourceDetailResponse> written(SourceDetailResponse source) {
		return ResponseEntity.ok().eTag(ResourceVersions.writeEtag(source.version())).body(source);
	}

}
