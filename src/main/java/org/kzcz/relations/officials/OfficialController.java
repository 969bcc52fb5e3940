package org.kzcz.relations.officials;

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

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/officials", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Officials", description = "People in the relationship and the posts they held")
class OfficialController extends CuratedController<OfficialRequest, OfficialDetailResponse> {

	private final OfficialService officials;

	OfficialController(OfficialService officials, OfficialCurationService curation) {
		super(officials::find, curation);
		this.officials = officials;
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
			@ParameterObject PageParameters paging,
			@Parameter(description = "Sort field (name, id), '-' prefix for descending",
					example = "name") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		OfficialCriteria criteria = OfficialCriteria.of(country, postedTo, organization, role, activeOn, q);
		return paging.answer(request, sort, OfficialService.SORT_FIELDS,
				(query) -> this.officials.list(criteria, query));
	}

}
