package org.kzcz.relations.meetings;

import org.kzcz.relations.common.web.ApiController;
import org.kzcz.relations.curation.CuratedController;

@ApiController(path = "/api/v1/meetings", tag = "Meetings",
		description = "Visits, talks, receptions and forums, with who took part in which post")
class MeetingController
		extends CuratedController<MeetingFilter, MeetingResponse, MeetingRequest, MeetingDetailResponse> {

	MeetingController(MeetingService meetings, MeetingCurationService curation) {
		super(new Reads<>(meetings::list, MeetingService.SORT_FIELDS, meetings::find), curation);
	}

}
