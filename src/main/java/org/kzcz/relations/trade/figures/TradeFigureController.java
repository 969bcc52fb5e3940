package org.kzcz.relations.trade.figures;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.kzcz.relations.common.curation.MergePatch;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PageResponse;
import org.kzcz.relations.common.paging.PagedQuery;
import org.kzcz.relations.common.paging.QueryStrings;
import org.kzcz.relations.common.caching.ResourceVersions;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stored trade figures one by one, as their sources state them, and the curators'
 * writes of them. A figure's {@code ?asOf=} snapshot is served by the history package.
 */
@RestController
@RequestMapping(path = "/api/v1/trade-figures", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Trade figures", description = """
		The stored figures behind the trade series, one per reporter, flow, period and value, exactly as \
		their sources state them (counts and ranks included); curators add next year's figures here.""")
class TradeFigureController {

	private final TradeFigureService figures;

	private final TradeFigureCurationService curation;

	TradeFigureController(TradeFigureService figures, TradeFigureCurationService curation) {
		this.figures = figures;
		this.curation = curation;
	}

	@GetMapping
	@Operation(summary = "List stored trade figures", description = """
			Each figure as stored, from its own country's side (no mirroring, no derived values: the series \
			do that). Periods are selected by the year they end in. Newest period first by default; sortable \
			by periodEnd, periodStart and id.""")
	PageResponse<TradeFigureResponse> list(
			@Parameter(description = "Only figures stored from this country's side (ISO 3166-1 alpha-2, or EU)",
					example = "KZ") @RequestParam(required = false) String country,
			@Parameter(description = "Only figures with this partner",
					example = "CZ") @RequestParam(required = false) String partner,
			@Parameter(description = "Only this stored indicator",
					example = "EXPORTS") @RequestParam(required = false) StoredIndicator indicator,
			@Parameter(description = "Only this reporter's figures (KZ: Kazakh statistics, CZ: Czech)",
					example = "KZ") @RequestParam(required = false) String reporter,
			@Parameter(description = "First year (periods ending in it or later)",
					example = "2023") @RequestParam(required = false) Integer from,
			@Parameter(description = "Last year (periods ending in it or earlier)",
					example = "2025") @RequestParam(required = false) Integer to,
			@Parameter(description = "Zero-based page number",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size, 1 to 200",
					example = "20") @RequestParam(required = false) Integer size,
			@Parameter(description = "Sort field (periodEnd, periodStart, id), '-' prefix for descending",
					example = "-periodEnd") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		TradeFigureFilter filter = new TradeFigureFilter(country, partner, indicator, reporter, from, to);
		PageQuery query = PageQuery.parse(page, size, sort, TradeFigureService.SORT_FIELDS);
		PagedQuery.Page<TradeFigureResponse> result = this.figures.list(filter, query);
		return PageResponse.of(result, query, request.getRequestURI(), QueryStrings.withoutPaging(request));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One stored trade figure, exactly as its sources state it", description = """
			With every citing source and what it said alongside the number (a stated growth rate, the \
			wording). The ETag names the figure's version: send it back in If-Match to change the figure. \
			Add ?asOf= for the figure as it stood at a past moment.""")
	ResponseEntity<TradeFigureResponse> find(
			@Parameter(description = "The figure's id (a number)", example = "1") @PathVariable long id,
			HttpServletRequest request) {
		TradeFigureResponse figure = this.figures.find(id);
		return ResponseEntity.ok().eTag(ResourceVersions.readEtag(request, figure.version())).body(figure);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Add a trade figure (curators)", description = """
			Answers 201 with the figure, its Location and ETag; it shows up in the trade series at once. \
			Another figure for the same flow and period with a different value is kept beside it (the \
			series flag the disagreement); the same value again is 409. 422 naming the field when country \
			equals partner, a country code or source is unknown, the period does not fit its kind, a money \
			indicator lacks a currency or scale (or a count or rank has one), a trade flow or count is \
			negative, or the agency belongs to another country than the reporter.""")
	ResponseEntity<TradeFigureResponse> create(@Valid @RequestBody TradeFigureRequest body) {
		TradeFigureResponse figure = this.curation.create(body);
		return ResponseEntity.created(URI.create(figure.self()))
			.eTag(ResourceVersions.writeEtag(figure.version()))
			.body(figure);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Replace a trade figure (curators)", description = """
			Full replacement of this figure and its citations: fields left out are cleared or take their \
			defaults. Only this figure changes, never another one for the same flow and period. Needs \
			If-Match with the ETag of your last read (428 without it, 412 when the figure changed since); \
			the same rules as POST apply.""")
	ResponseEntity<TradeFigureResponse> replace(
			@Parameter(description = "The figure's id (a number)", example = "1") @PathVariable long id,
			@Parameter(description = "ETag of your last read of the figure",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody TradeFigureRequest body) {
		return written(this.curation.replace(id, ifMatch, body));
	}

	@PatchMapping(path = "/{id}", consumes = { MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Change some fields of a trade figure (curators)", description = """
			A JSON Merge Patch (RFC 7396) of the TradeFigureRequest shape: only the members sent change, a \
			member set to null is cleared, sources sent replace the whole list. The result must pass the \
			same rules as a PUT. Needs If-Match.""")
	ResponseEntity<TradeFigureResponse> patch(
			@Parameter(description = "The figure's id (a number)", example = "1") @PathVariable long id,
			@Parameter(description = "ETag of your last read of the figure",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The fields to change",
					content = @Content(mediaType = MergePatch.MEDIA_TYPE,
							schema = @Schema(implementation = TradeFigureRequest.class))) @RequestBody JsonNode patch) {
		return written(this.curation.patch(id, ifMatch, patch));
	}

	@DeleteMapping("/{id}")
	@SecurityRequirement(name = "apiKey")
	@Operation(summary = "Delete a trade figure (curators)", description = """
			Removes the figure and its citations (the sources stay); its history stays readable. Needs \
			If-Match.""")
	ResponseEntity<Void> delete(
			@Parameter(description = "The figure's id (a number)", example = "1") @PathVariable long id,
			@Parameter(description = "ETag of your last read of the figure",
					example = "\"v0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.curation.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<TradeFigureResponse> written(TradeFigureResponse figure) {
		return ResponseEntity.ok().eTag(ResourceVersions.writeEtag(figure.version())).body(figure);
	}

}
