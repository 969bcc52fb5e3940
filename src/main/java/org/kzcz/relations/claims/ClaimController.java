package org.kzcz.relations.claims;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import org.kzcz.relations.common.web.ApiController;
import org.kzcz.relations.common.paging.PageParameters;
import org.kzcz.relations.common.paging.PageResponse;
import org.kzcz.relations.common.caching.ResourceVersions;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController(path = "/api/v1/claims", tag = "Claims", description = """
		What the sources state beyond the other resources (visitor numbers, fields of interest, campaigns, \
		history, culture), each source's version where sources disagree, and editorial notes that cite no document""")
class ClaimController {

	private final ClaimService claims;

	ClaimController(ClaimService claims) {
		this.claims = claims;
	}

	@GetMapping
	@Operation(summary = "List claims", description = """
			Newest first, undated claims last. A claim dated to a month or a year counts as in [from, to] when \
			that period overlaps it. Editorial notes (kind EDITORIAL) cite no source: \
			/api/v1/claims?kind=EDITORIAL lists what the editors added. Sortable by occurredOn, title, id.""")
	PageResponse<ClaimResponse> list(@ParameterObject ClaimFilter filter, @ParameterObject PageParameters paging,
			@Parameter(description = "Sort field (occurredOn, title, id), '-' prefix for descending",
					example = "-occurredOn") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		return paging.answer(request, sort, ClaimService.SORT_FIELDS, (query) -> this.claims.list(filter, query));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One claim", description = """
			With how its date was worked out and what else a reader should know. The ETag names the claim's \
			version.""")
	ResponseEntity<ClaimDetailResponse> find(@Parameter(description = "The claim's id (slug)",
			example = "almaty-capital-until-1997") @PathVariable String id, HttpServletRequest request) {
		return ResourceVersions.read(request, this.claims.find(id));
	}

}
