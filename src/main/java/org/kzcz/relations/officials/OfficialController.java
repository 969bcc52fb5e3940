package org.kzcz.relations.officials;

import org.kzcz.relations.common.web.ApiController;
import org.kzcz.relations.curation.CuratedController;

@ApiController(path = "/api/v1/officials", tag = "Officials",
		description = "People in the relationship and the posts they held")
class OfficialController
		extends CuratedController<OfficialFilter, OfficialResponse, OfficialRequest, OfficialDetailResponse> {

	OfficialController(OfficialService officials, OfficialCurationService curation) {
		super(new Reads<>((filter, query) -> officials.list(filter.criteria(), query), OfficialService.SORT_FIELDS,
				officials::find), curation);
	}

}
