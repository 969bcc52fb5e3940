package org.kzcz.relations.agreements;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.kzcz.relations.common.paging.PageParameters;
import org.kzcz.relations.common.paging.PageResponse;
import org.kzcz.relations.curation.CuratedController;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agreements", description = "Agreements, memoranda and joint statements: parties, signing, projects")
class AgreementController extends CuratedController<AgreementRequest, AgreementDetailResponse> {

	private final AgreementService agreements;

	AgreementController(AgreementService agreements, AgreementCurationService curation) {
		super(agreements::find, curation);
		this.agreements = agreements;
	}

	@GetMapping
	@Operation(summary = "List agreements, latest signed first, unsigned last", description = """
			Filters combine with AND. What was signed in 2024: signedFrom=2024-01-01&signedTo=2024-12-31; \
			a date of lower precision stands for its whole period. Sortable by signedOn, title.""")
	PageResponse<AgreementResponse> list(
			@Parameter(description = "Alpha-2 code (any case) of a party",
					example = "KZ") @RequestParam(required = false) String country,
			@Parameter(description = "Agreement status",
					example = "SIGNED") @RequestParam(required = false) AgreementStatus status,
			@Parameter(description = "Agreement kind",
					example = "MEMORANDUM") @RequestParam(required = false) AgreementKind kind,
			@Parameter(description = "Only agreements signed on this day or later (YYYY-MM-DD)",
					example = "2024-01-01") @RequestParam(required = false) LocalDate signedFrom,
			@Parameter(
					description = "Only agreements signed on this day or earlier (YYYY-MM-DD); not before signedFrom",
					example = "2024-12-31") @RequestParam(required = false) LocalDate signedTo,
			@ParameterObject PageParameters paging,
			@Parameter(description = "Sort field (signedOn, title), '-' prefix for descending",
					example = "-signedOn") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		return paging.answer(request, sort, AgreementService.SORT_FIELDS, (query) -> this.agreements
			.list(new AgreementFilter(country, status, kind, signedFrom, signedTo), query));
	}

}
