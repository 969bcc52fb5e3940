package org.kzcz.relations.organizations;

import org.kzcz.relations.common.web.ApiController;
import org.kzcz.relations.common.facts.CountryCodes;
import org.kzcz.relations.common.facts.SearchTerms;
import org.kzcz.relations.curation.CuratedController;

@ApiController(path = "/api/v1/organizations", tag = "Organizations",
		description = "Ministries, embassies, companies and other bodies in the relationship")
class OrganizationController extends
		CuratedController<OrganizationFilter, OrganizationResponse, OrganizationRequest, OrganizationDetailResponse> {

	OrganizationController(OrganizationService organizations, OrganizationCurationService curation) {
		super(new Reads<>(
				(filter, query) -> organizations.list(CountryCodes.parameter("country", filter.country()),
						CountryCodes.parameter("activeIn", filter.activeIn()), filter.kind(),
						SearchTerms.parameter("q", filter.q()), query),
				OrganizationService.SORT_FIELDS, organizations::find), curation);
	}

}
