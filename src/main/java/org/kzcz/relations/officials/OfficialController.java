package org.kzcz.relations.officials;

import java.net.URI;
import java.time.LocalDate;

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

import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping(path = "/api/v1/officials", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Officials", description = "People in the relationship and the posts they held")
class OfficialController {

	private final OfficialService officials;

	private final OfficialCurationService curation;

	OfficialController(OfficialService officials, OfficialCurationService curation) {
		this.officials = officials;
		this.curation = curation;
	}

	@GetMapping
	@Operation(summary = "List officials", description = """
			The post filters (country, postedTo, organization, role, activeOn) must all hold for one and the same \
			post. Who is Kazakhstan's ambassador in Prague today? \
			/api/v1/officials?country=KZ&postedTo=CZ&role=AMBASSADOR&activeOn=<today>. Sortable by name, id.""")
	PageResponse<OfficialResponse> list(
			@Parameter(description = "A post represents this country (ISO alpha-2, any case)",
					example = "KZ") @RequestParam(required = false) String country,
			@Parameter(description = "A post is posted to this country (ISO alpha-2, any case)",
					example = "CZ") @RequestParam(required = false) String postedTo,
			@Parameter(description = "A post is in the organization with this id (slug)",
					example = "embassy-of-kazakhstan-in-czech-republic") @RequestParam(
							required = false) String organization,
			@Parameter(description = """
					A role kind (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, DEPUTY_HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, \
					DEPUTY_FOREIGN_MINISTER, MINISTER, AMBASSADOR, HEAD_OF_MISSION, DIPLOMAT, REGIONAL_GOVERNOR, \
					INSTITUTION_HEAD, OTHER), or words all found in the role title (case and diacritics ignored)""",
					example = "AMBASSADOR") @RequestParam(required = false) String role,
			@Parameter(description = """
					A post was held on this date (YYYY-MM-DD). A start of precision MONTH or YEAR counts from the \
					first day of its period, an end until the last; an unknown start counts as started.""",
					example = "2025-01-01") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
			@Parameter(description = "Full-text search on name and biography, diacritics ignored (web-search syntax). "
					+ SearchTerms.LIMITS, example = "Lipavsky") @RequestParam(required = false) String q,
			@Parameter(description = "Zero-based page number",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size, 1 to 200",
					example = "20") @RequestParam(required = false) Integer size,
			@Parameter(description = "Sort field (name, id), '-' prefix for descending",
					example = "name") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		OfficialCriteria criteria = OfficialCriteria.of(country, postedTo, organization, role, activeOn, q);
		PageQuery query = PageQuery.parse(page, size, sort, OfficialService.SORT_FIELDS);
		PagedQuery.Page<OfficialResponse> result = this.officials.list(criteria, query);
		return PageResponse.of(result, query, request.getRequestURI(), QueryStrings.withoutPaging(request));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One official's whole career", description = """
			Every post with its sources and date claims, the meetings attended and the agreements signed. The \
			ETag names the person's version: send it back in If-Match to change the person. Each post carries \
			its own id, version and address for changing it.""")
	ResponseEntity<OfficialDetailResponse> find(@Parameter(description = "The official's id (slug)",
			example = "bakyt-dyussenbayev") @PathVariable String id, HttpServletRequest request) {
		OfficialDetailResponse official = this.officials.find(id);
		return ResponseEntity.ok().eTag(ResourceVersions.readEtag(request, official.version())).body(official);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Add an official, with the posts held (curators)", description = """
			Answers 201 with the official, its Location and ETag. 409 when the slug is taken; 422 naming the \
			field (posts[i].endDate, say) when a date breaks its precision, a post ends before it starts or has \
			an end date but ended=false, its organization belongs to another country than it represents, it is \
			posted to the country it represents, or a country, organization or source does not exist.""")
	ResponseEntity<OfficialDetailResponse> create(@Valid @RequestBody OfficialRequest body) {
		OfficialDetailResponse official = this.curation.create(body);
		return ResponseEntity.created(URI.create(official.self()))
			.eTag(ResourceVersions.writeEtag(official.version()))
			.body(official);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Replace an official's own fields (curators)", description = """
			Full replacement of the person: fields left out are cleared and the sources are replaced by the list \
			sent. Posts are not part of it (422 naming posts if sent): change them at /api/v1/officials/{id}/posts. \
			A different slug renames the official. Needs If-Match with the ETag of your last read (428 without \
			it, 412 when the person or one of their posts changed since).""")
	ResponseEntity<OfficialDetailResponse> replace(
			@Parameter(description = "The official's id (slug)",
					example = "bakyt-dyussenbayev") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the official",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody OfficialRequest body) {
		return written(this.curation.replace(id, ifMatch, body));
	}

	@PatchMapping(path = "/{id}", consumes = { MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Change some fields of an official (curators)", description = """
			A JSON Merge Patch (RFC 7396) of the OfficialRequest shape (without posts): only the members sent \
			change, a member set to null is cleared, a list sent replaces the whole list. The result must pass \
			the same rules as a PUT. Needs If-Match.""")
	ResponseEntity<OfficialDetailResponse> patch(
			@Parameter(description = "The official's id (slug)",
					example = "bakyt-dyussenbayev") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the official",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The fields to change",
					content = @Content(mediaType = MergePatch.MEDIA_TYPE,
							schema = @Schema(implementation = OfficialRequest.class))) @RequestBody JsonNode patch) {
		return written(this.curation.patch(id, ifMatch, patch));
	}

	@DeleteMapping("/{id}")
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Delete an official (curators)", description = """
			Deletes the person with their posts and citations. While meetings list them as a participant or \
			agreements as a signatory, 409 says how many. History stays readable. Needs If-Match.""")
	ResponseEntity<Void> delete(
			@Parameter(description = "The official's id (slug)",
					example = "bakyt-dyussenbayev") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the official",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.curation.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<OfficialDetailResponse> written(OfficialDetailResponse official) {
		return ResponseEntity.ok().eTag(ResourceVersions.writeEtag(official.version())).body(official);
	}

}
