package org.kzcz.relations.countries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import org.kzcz.relations.common.web.ApiController;
import org.kzcz.relations.common.paging.PageParameters;
import org.kzcz.relations.common.paging.PageResponse;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController(path = "/api/v1/countries", tag = "Countries",
		description = "Countries and the EU bloc, with who holds their key posts today")
class CountryController {

	private final CountryService countries;

	CountryController(CountryService countries) {
		this.countries = countries;
	}

	@GetMapping
	@Operation(summary = "List countries", description = "Sortable by code, name, alpha3.")
	PageResponse<CountryResponse> list(
			@Parameter(description = "Only countries or only blocs",
					example = "COUNTRY") @RequestParam(required = false) CountryKind kind,
			@ParameterObject PageParameters paging, @Parameter(description = "Sort field, '-' prefix for descending",
					example = "name") @RequestParam(required = false) String sort,
			HttpServletRequest request) {
		return paging.answer(request, sort, CountryService.SORT_FIELDS, (query) -> this.countries.list(kind, query));
	}

	@GetMapping("/{code}")
	@Operation(summary = "One country by alpha-2, alpha-3 or numeric code (any case); EU for the Union",
			description = """
					The country with who holds its key posts today (head of state and of government, foreign \
					minister, ambassadors from and to it), derived from the stored post history, each with its \
					sources. KAZ, kz and 398 all find Kazakhstan.""")
	CountryDetailResponse find(@Parameter(description = "ISO 3166-1 alpha-2, alpha-3 or numeric code",
			example = "KZ") @PathVariable String code) {
		return this.countries.find(code);
	}

}
