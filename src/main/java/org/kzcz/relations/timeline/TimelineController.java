package org.kzcz.relations.timeline;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import org.kzcz.relations.common.web.ApiController;
import org.kzcz.relations.common.facts.CountryCodes;
import org.kzcz.relations.common.guards.EnumListParameter;
import org.kzcz.relations.common.problems.InvalidParameterException;
import org.kzcz.relations.common.paging.PageParameters;
import org.kzcz.relations.common.paging.PageResponse;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController(path = "/api/v1/timeline", tag = "Timeline",
		description = "Everything that happened in the relationship, newest first")
class TimelineController {

	private final TimelineService timeline;

	TimelineController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@GetMapping
	@Operation(summary = "The timeline",
			description = """
					Meetings, agreements signed, project milestones, posts taken up, diplomatic relations established \
					and dated claims, newest first. An event whose date is a month or a year counts as in [from, to] when that period \
					overlaps it.""")
	PageResponse<TimelineItemResponse> timeline(
			@Parameter(description = "Only events involving this country (ISO alpha-2, any case)",
					example = "KZ") @RequestParam(required = false) String country,
			@Parameter(description = "Only events on or after this date (YYYY-MM-DD)",
					example = "2024-01-01") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Only events on or before this date (YYYY-MM-DD)",
					example = "2024-12-31") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(
					description = "Comma-separated event types: MEETING, AGREEMENT, MILESTONE, POST, "
							+ "DIPLOMATIC_RELATION, CLAIM (default all)",
					example = "MEETING,AGREEMENT") @RequestParam(required = false) String types,
			@ParameterObject PageParameters paging, HttpServletRequest request) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidParameterException("from", "must not be after 'to'");
		}
		return paging.answer(request, (query) -> this.timeline.timeline(CountryCodes.parameter("country", country),
				from, to, EnumListParameter.parse("types", types, TimelineType.class), query));
	}

}
