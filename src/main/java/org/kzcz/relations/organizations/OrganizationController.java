package org.kzcz.relations.organizations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.kzcz.relations.common.facts.CountryCodes;
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
@RequestMapping(path = "/api/v1/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organizations", description = "Ministries, embassies, companies and other bodies in the relationship")
class OrganizationController extends CuratedController<OrganizationRequest, OrganizationDetailResponse> {

	private final OrganizationService organizations;

	OrganizationController(OrganizationService organizations, OrganizationCurationService curation) {
		super(organizations::find, curation);
		this.organizations = organizations;
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
			@ParameterObject PageParameters paging,
			@Parameter(description = "Sort field (name, id), '-' prefix for descending",
					example = "name") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		return paging.answer(request, sort, OrganizationService.SORT_FIELDS,
				(query) -> this.organizations.list(CountryCodes.parameter("country", country),
						CountryCodes.parameter("activeIn", activeIn), kind, SearchTerms.parameter("q", q), query));
	}

}
