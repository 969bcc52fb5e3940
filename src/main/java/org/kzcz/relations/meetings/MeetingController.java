package org.kzcz.relations.meetings;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.kzcz.relations.common.paging.PageParameters;
import org.kzcz.relations.common.paging.PageResponse;
import org.kzcz.relations.common.facts.SearchTerms;
import org.kzcz.relations.curation.CuratedController;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Meetings", description = "Visits, talks, receptions and forums, with who took part in which post")
class MeetingController extends CuratedController<MeetingRequest, MeetingDetailResponse> {

	private final MeetingService meetings;

	MeetingController(MeetingService meetings, MeetingCurationService curation) {
		super(meetings::find, curation);
		this.meetings = meetings;
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
			@ParameterObject PageParameters paging,
			@Parameter(description = "Sort field (startDate, title), '-' prefix for descending",
					example = "-startDate") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		return paging.answer(request, sort, MeetingService.SORT_FIELDS, (query) -> this.meetings
			.list(new MeetingFilter(country, official, from, to, city, q, status, kind), query));
	}

}
