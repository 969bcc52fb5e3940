package org.kzcz.relations.meetings;

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
@RequestMapping(path = "/api/v1/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Meetings", description = "Visits, talks, receptions and forums, with who took part in which post")
class MeetingController {

	private final MeetingService meetings;

	private final MeetingCurationService curation;

	MeetingController(MeetingService meetings, MeetingCurationService curation) {
		this.meetings = meetings;
		this.curation = curation;
	}

	@GetMapping
	@Operation(summary = "List meetings, newest first", description = """
			Filters combine with AND. A date of lower precision stands for its whole period: a meeting \
			dated June 2024 matches from=2024-06-15. Sortable by startDate, title.""")
	PageResponse<MeetingResponse> list(@Parameter(
			description = "Alpha-2 code (any case) of the country where it took place, the host or the visiting side",
			example = "CZ") @RequestParam(required = false) String country,
			@Parameter(description = "Slug of a person who took part",
					example = "bakyt-dyussenbayev") @RequestParam(required = false) String official,
			@Parameter(description = "Only meetings reaching this day or later (YYYY-MM-DD)",
					example = "2024-01-01") @RequestParam(required = false) LocalDate from,
			@Parameter(description = "Only meetings starting this day or earlier (YYYY-MM-DD); not before from",
					example = "2024-12-31") @RequestParam(required = false) LocalDate to,
			@Parameter(description = "City, ignoring case and diacritics (Plzen finds Plzeň)",
					example = "Pilsen") @RequestParam(required = false) String city,
			@Parameter(description = "Full-text search over title, city and summary (web-search syntax). "
					+ SearchTerms.LIMITS, example = "railway") @RequestParam(required = false) String q,
			@Parameter(description = "Meeting status",
					example = "HELD") @RequestParam(required = false) MeetingStatus status,
			@Parameter(description = "Meeting kind",
					example = "SITE_VISIT") @RequestParam(required = false) MeetingKind kind,
			@Parameter(description = "Zero-based page number",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size, 1 to 200",
					example = "20") @RequestParam(required = false) Integer size,
			@Parameter(description = "Sort field (startDate, title), '-' prefix for descending",
					example = "-startDate") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		PageQuery query = PageQuery.parse(page, size, sort, MeetingService.SORT_FIELDS);
		MeetingFilter filter = new MeetingFilter(country, official, from, to, city, q, status, kind);
		PagedQuery.Page<MeetingResponse> result = this.meetings.list(filter, query);
		return PageResponse.of(result, query, request.getRequestURI(), QueryStrings.withoutPaging(request));
	}

	@GetMapping("/{id}")
	@Operation(
			summary = "One meeting with its participants (and their posts at the time), organizations, "
					+ "topics, outcomes and projects discussed",
			description = "The ETag names the meeting's version: send it back in If-Match to change the meeting.")
	ResponseEntity<MeetingDetailResponse> find(
			@Parameter(description = "Meeting slug",
					example = "lipavsky-nurtleu-talks-astana-2024") @PathVariable String id,
			HttpServletRequest request) {
		MeetingDetailResponse meeting = this.meetings.find(id);
		return ResponseEntity.ok().eTag(ResourceVersions.readEtag(request, meeting.version())).body(meeting);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Record a meeting (curators)", description = """
			Answers 201 with the meeting, its Location and ETag. 409 when the slug is taken; 422 naming each \
			field when a date breaks its precision, endDate is before startDate, a reference (country, person, \
			organization, agreement, project, source) does not exist, an entry is listed twice, or an \
			AGREEMENT_SIGNED outcome names no agreement.""")
	ResponseEntity<MeetingDetailResponse> create(@Valid @RequestBody MeetingRequest body) {
		MeetingDetailResponse meeting = this.curation.create(body);
		return ResponseEntity.created(URI.create(meeting.self()))
			.eTag(ResourceVersions.writeEtag(meeting.version()))
			.body(meeting);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Replace a meeting (curators)", description = """
			Full replacement: fields left out are cleared, and participants, organizations, topics, outcomes, \
			projects and sources are replaced by the lists sent. A different slug renames the meeting. Needs \
			If-Match with the ETag of your last read (428 without it, 412 when the meeting changed since); the \
			same rules as POST apply.""")
	ResponseEntity<MeetingDetailResponse> replace(
			@Parameter(description = "Meeting slug",
					example = "lipavsky-nurtleu-talks-astana-2024") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the meeting",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody MeetingRequest body) {
		return written(this.curation.replace(id, ifMatch, body));
	}

	@PatchMapping(path = "/{id}", consumes = { MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Change some fields of a meeting (curators)", description = """
			A JSON Merge Patch (RFC 7396) of the MeetingRequest shape: only the members sent change, a member \
			set to null is cleared, a list sent replaces the whole list. The result must pass the same rules \
			as a PUT. Needs If-Match.""")
	ResponseEntity<MeetingDetailResponse> patch(
			@Parameter(description = "Meeting slug",
					example = "lipavsky-nurtleu-talks-astana-2024") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the meeting",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The fields to change",
					content = @Content(mediaType = MergePatch.MEDIA_TYPE,
							schema = @Schema(implementation = MeetingRequest.class))) @RequestBody JsonNode patch) {
		return written(this.curation.patch(id, ifMatch, patch));
	}

	@DeleteMapping("/{id}")
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Delete a meeting (curators)", description = """
			Deletes the meeting with its participants, organizations, topics, outcomes and citations. An \
			agreement signed at the meeting is kept, its meeting reference set to null (and its version moves). \
			History stays readable. Needs If-Match.""")
	ResponseEntity<Void> delete(
			@Parameter(description = "Meeting slug",
					example = "lipavsky-nurtleu-talks-astana-2024") @PathVariable String id,
			@Parameter(description = "ETag of your last read of the meeting",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.curation.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<MeetingDetailResponse> written(MeetingDetailResponse meeting) {
		return ResponseEntity.ok().eTag(ResourceVersions.writeEtag(meeting.version())).body(meeting);
	}

}
