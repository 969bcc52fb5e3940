package org.kzcz.relations.agreements;

import org.kzcz.relations.common.web.ApiController;
import org.kzcz.relations.curation.CuratedController;

@ApiController(path = "/api/v1/agreements", tag = "Agreements",
		description = "Agreements, memoranda and joint statements: parties, signing, projects")
class AgreementController
		extends CuratedController<AgreementFilter, AgreementResponse, AgreementRequest, AgreementDetailResponse> {

	AgreementController(AgreementService agreements, AgreementCurationService curation) {
		super(new Reads<>(agreements::list, AgreementService.SORT_FIELDS, agreements::find), curation);
	}

}
