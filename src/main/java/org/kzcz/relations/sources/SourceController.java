package org.kzcz.relations.sources;

import org.kzcz.relations.common.web.ApiController;
import org.kzcz.relations.common.facts.SearchTerms;
import org.kzcz.relations.curation.CuratedController;

@ApiController(path = "/api/v1/sources", tag = "Sources",
		description = "The documents facts come from, and what cites each of them")
class SourceController extends CuratedController<SourceFilter, SourceResponse, SourceRequest, SourceDetailResponse> {

	SourceController(SourceService sources, SourceCurationService curation) {
		super(new Reads<>((filter, query) -> sources.list(filter.kind(), SearchTerms.parameter("q", filter.q()), query),
				SourceService.SORT_FIELDS, sources::find), curation);
	}

}
