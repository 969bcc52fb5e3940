package org.kzcz.relations.agreements;

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
@RequestMapping(path = "/api/v1/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agreements", description = "Agreements, memoranda and joint statements: parties, signing, projects")
class AgreementController {

	private final AgreementService agreements;

	private final AgreementCurationService curation;

	AgreementController(AgreementService agreements, AgreementCurationService curation) {
		this.agreements = agreements;
		this.curation = curation;
	}

	@GetMapping
	@Operation(summary = "List agreements, latest signed first, unsigned last", description = """
			Filters combine with AND. What was signed in 2024: signedFrom=2024-01-01&signedTo=2024-12-31; \
			a date of lower precision stands for its whole period. Sortable by signedOn, title.""")
	PageResponse<AgreementResponse> list(
			@Parameter(description = "Alpha-2 code (any case) of a party",
					example = "KZ") @RequestParam(required = false) String country,
			@Parameter(description = "Agreement status",
					example = "SIGNED") @RequestParam(required = false) AgreementStatus status,
			@Parameter(description = "Agreement kind",
					example = "MEMORANDUM") @RequestParam(required = false) AgreementKind kind,
			@Parameter(description = "Only agreements signed on this day or later (YYYY-MM-DD)",
					example = "2024-01-01") @RequestParam(required = false) LocalDate signedFrom,
			@Parameter(
					description = "Only agreements signed on this day or earlier (YYYY-MM-DD); not before signedFrom",
					example = "2024-12-31") @RequestParam(required = false) LocalDate signedTo,
			@Parameter(description = "Zero-based page number",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size, 1 to 200",
					example = "20") @RequestParam(required = false) Integer size,
			@Parameter(description = "Sort field (signedOn, title), '-' prefix for descending",
					example = "-signedOn") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		PageQuery query = PageQuery.parse(page, size, sort, AgreementService.SORT_FIELDS);
		AgreementFilter filter = new AgreementFilter(country, status, kind, signedFrom, signedTo);
		PagedQuery.Page<AgreementResponse> result = this.agreements.list(filter, query);
		return PageResponse.of(result, query, request.getRequestURI(), QueryStrings.withoutPaging(request));
	}

	@GetMapping("/{id}")
	@Operation(
			summary = "One agreement with its parties, signing (date, place, meeting), signatories, "
					+ "projects and sources",
			description = "The ETag names the agreement's version: send it back in If-Match to change the agreement.")
	ResponseEntity<AgreementDetailResponse> find(@Parameter(description = "Agreement slug",
			example = "przewalski-horse-memorandum-2023") @PathVariable String id, HttpServletRequest request) {
		AgreementDetailResponse agreement = this.agreements.find(id);
		return ResponseEntity.ok().eTag(ResourceVersions.readEtag(request, agreement.version())).body(agreement);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Record an agreement (curators)", description = """
			Answers 201 with the agreement, its Location and ETag. 400 with fewer than two parties or no \
			source; 409 when the slug is taken; 422 naming each field when signedOn comes without \
			signedPrecision (or the reverse), on an agreement that is not SIGNED, IN_FORCE or EXPIRED, or not \
			on the first day of its period, when a party's organization belongs to another country, a party \
			is listed twice, or a reference (country, meeting, organization, person, project, source) does \
			not exist.""")
	ResponseEntity<AgreementDetailResponse> create(@Valid @RequestBody AgreementRequest body) {
		AgreementDetailResponse agreement = this.curation.create(body);
		return ResponseEntity.created(URI.create(agreement.self()))
			.eTag(ResourceVersions.writeEtag(agreement.version()))
			.body(agreement);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Replace an agreement (curators)", description = """
			Full replacement: fields left out are cleared, and parties, signatories, projects and sources are \
			replaced by the lists sent. A different slug renames the agreement. Needs If-Match with the ETag \
			of your last read (428 without it, 412 when the agreement changed since); the same rules as POST \
			apply.""")
	ResponseEntity<AgreementDetailResponse> replace(
			@Parameter(description = "Agreement slug",
					example = "przewalski-horse-memorandum-2023") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the agreement",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody AgreementRequest body) {
		return written(this.curation.replace(id, ifMatch, body));
	}

	@PatchMapping(path = "/{id}", consumes = { MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Change some fields of an agreement (curators)", description = """
			A JSON Merge Patch (RFC 7396) of the AgreementRequest shape: only the members sent change, a member \
			set to null is cleared, a list sent replaces the whole list. The result must pass the same rules \
			as a PUT. Needs If-Match.""")
	ResponseEntity<AgreementDetailResponse> patch(
			@Parameter(description = "Agreement slug",
					example = "przewalski-horse-memorandum-2023") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the agreement",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The fields to change",
					content = @Content(mediaType = MergePatch.MEDIA_TYPE,
							schema = @Schema(implementation = AgreementRequest.class))) @RequestBody JsonNode patch) {
		return written(this.curation.patch(id, ifMatch, patch));
	}

	@DeleteMapping("/{id}")
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Delete an agreement (curators)", description = """
			Deletes the agreement with its parties, signatories, project links and citations. A meeting \
			outcome that mentions it keeps its text and loses the link (that meeting's version moves). While \
			a meeting records the agreement as signed there (an AGREEMENT_SIGNED outcome, which must name its \
			agreement) the delete is refused with 409: change that outcome first. History stays readable. \
			Needs If-Match.""")
	ResponseEntity<Void> delete(
			@Parameter(description = "Agreement slug",
					example = "przewalski-horse-memorandum-2023") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the agreement",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.curation.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<AgreementDetailResponse> written(AgreementDetailResponse agreement) {
		return ResponseEntity.ok().eTag(ResourceVersions.writeEtag(agreement.version())).body(agreement);
	}

}
