package org.kzcz.relations.claims;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import org.kzcz.relations.common.ApiController;
import org.kzcz.relations.common.PageParameters;
import org.kzcz.relations.common.PageResponse;
import org.kzcz.relations.common.ResourceVersions;
import org.kzcz.relations.common.SearchTerms;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.format.annotation.DateTimeFormat;
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
	PageResponse<ClaimResponse> list(
			@Parameter(description = "Only claims of this kind",
					example = "STATEMENT") @RequestParam(required = false) ClaimKind kind,
			@Parameter(description = "Only claims on this topic",
					example = "TOURISM") @RequestParam(required = false) ClaimTopic topic,
			@Parameter(description = "Only claims concerning this country (ISO alpha-2, any case)",
					example = "CZ") @RequestParam(required = false) String country,
			@Parameter(description = "Only claims citing this source (its id)",
					example = "dyussenbayev-interview-2025") @RequestParam(required = false) String source,
			@Parameter(description = "Only claims about this resource (its path)",
					example = "/api/v1/projects/przewalski-horse-reintroduction") @RequestParam(
							required = false) String about,
			@Parameter(
					description = "Full-text search on title, statement and note, diacritics ignored (web-search "
							+ "syntax). " + SearchTerms.LIMITS,
					example = "concerts") @RequestParam(required = false) String q,
			@Parameter(description = "Only claims dated on or after this day (YYYY-MM-DD)",
					example = "2022-01-01") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Only claims dated on or before this day (YYYY-MM-DD)",
					example = "2024-12-31") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@ParameterObject PageParameters paging,
			@Parameter(description = "Sort field (occurredOn, title, id), '-' prefix for descending",
					example = "-occurredOn") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		ClaimFilter filter = new ClaimFilter(kind, topic, country, source, about, q, from, to);
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
