package org.kzcz.relations.trade.web;

import java.math.BigDecimal;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kzcz.relations.common.problems.InvalidParameterException;
import org.kzcz.relations.trade.TradeService;
import org.kzcz.relations.trade.analysis.TradeFlag;
import org.kzcz.relations.trade.analysis.TradeIndicator;
import org.kzcz.relations.trade.analysis.TradeRequest;
import org.kzcz.relations.trade.web.TradeFlagsResponse.FlagsRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/trade",
		produces = { MediaType.APPLICATION_JSON_VALUE, TradeController.TEXT_CSV, TradeController.IMAGE_SVG })
@Tag(name = "Trade", description = """
		Trade and investment between two parties as each reporter states it. Flows are read from `country`'s \
		side (swap country and partner for the mirrored flows). Every endpoint answers JSON, CSV with \
		`Accept: text/csv` or `?format=csv`, or an SVG chart with `Accept: image/svg+xml` or `?format=svg` \
		(`width` and `height` in pixels). The ETag and caching are those of the JSON.""")
@ApiResponse(responseCode = "400", description = "A parameter is invalid (named in errors[0].name)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				examples = @ExampleObject(name = "Unknown country code",
						ref = TradeExampleDocuments.REF + "problem-invalid-parameter")))
class TradeController {

	static final String TEXT_CSV = "text/csv";

	static final String IMAGE_SVG = TradeSvgHttpMessageConverter.IMAGE_SVG_VALUE;

	private static final String CHART = """
			A chart of the same answer: one panel per currency (never converted), one line or bar series per \
			reporter and indicator; derived values pale, flagged ones ringed in red, partial periods square \
			and dashed; the sources as the caption.""";

	private final TradeService trade;

	TradeController(TradeService trade) {
		this.trade = trade;
	}

	@GetMapping("/series")
	@Operation(summary = "A trade or investment series with year-on-year changes and consistency flags",
			description = """
					One point per reporter and period. Each point is compared only with its own reporter's same \
					period of the previous year, in the same currency (January-July with January-July). Where a \
					source states a growth rate and the previous value is missing, the rate is kept and the \
					implied previous value is added as a derived point. BALANCE is always derived (exports - \
					imports). Without `reporter`, every reporter's points are returned side by side, never \
					averaged. Periods are selected by the year they end in.""")
	@ApiResponse(responseCode = "200", description = "The series",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = TradeSeriesResponse.class),
							examples = @ExampleObject(name = "KZ-CZ turnover 2023-2024",
									ref = TradeExampleDocuments.REF + "trade-series-json")),
					@Content(mediaType = TEXT_CSV,
							examples = @ExampleObject(name = "KZ-CZ turnover 2023-2024 as CSV",
									ref = TradeExampleDocuments.REF + "trade-series-csv")),
					@Content(mediaType = IMAGE_SVG,
							schema = @Schema(type = "string", format = "binary", description = CHART)) })
	ResponseEntity<TradeSeriesResponse> series(@RequestParam String country, @RequestParam String partner,
			@RequestParam(required = false) TradeIndicator indicator, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) String reporter,
			@RequestParam(required = false) BigDecimal jumpThreshold, @RequestParam(required = false) Integer decimals,
			@RequestParam(required = false) String format, @RequestParam(required = false) Integer width,
			@RequestParam(required = false) Integer height) {
		ChartSize.of(width, height).forThisRequest();
		TradeRequest request = TradeRequest.parse(country, partner, indicator, null, from, to, reporter, jumpThreshold,
				decimals);
		return respond(format, new TradeSeriesResponse(request, this.trade.series(request)));
	}

	@GetMapping("/balance")
	@Operation(summary = "Exports, imports, turnover, balance and coverage ratio, each with its change",
			description = """
					One row per reporter, period and currency. The balance is exports - imports and the \
					coverage ratio exports as a percentage of imports (its change is in percentage points). \
					A measure the data does not give is null. Use `year`, or `from`/`to`, or neither for \
					everything.""")
	@ApiResponse(responseCode = "200", description = "The balance rows",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = TradeBalanceResponse.class),
							examples = @ExampleObject(name = "KZ-CZ 2023",
									ref = TradeExampleDocuments.REF + "trade-balance-json")),
					@Content(mediaType = TEXT_CSV,
							examples = @ExampleObject(name = "KZ-CZ 2023 as CSV",
									ref = TradeExampleDocuments.REF + "trade-balance-csv")),
					@Content(mediaType = IMAGE_SVG,
							schema = @Schema(type = "string", format = "binary", description = CHART)) })
	ResponseEntity<TradeBalanceResponse> balance(@RequestParam String country, @RequestParam String partner,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) String reporter,
			@RequestParam(required = false) BigDecimal jumpThreshold, @RequestParam(required = false) Integer decimals,
			@RequestParam(required = false) String format, @RequestParam(required = false) Integer width,
			@RequestParam(required = false) Integer height) {
		ChartSize.of(width, height).forThisRequest();
		TradeRequest flows = TradeRequest
			.parse(country, partner, null, year, from, to, reporter, jumpThreshold, decimals)
			.forBalance();
		return respond(format, new TradeBalanceResponse(flows, this.trade.balance(flows)));
	}

	@GetMapping("/comparison")
	@Operation(summary = "Every reporter's figure for the same flow and period, and the gap between them",
			description = """
					One group per indicator and period, listing each reporter's figures (stored, mirrored or \
					derived) with the gap to the reference reporter (the requested country's own statistics \
					where they exist) in the same currency. Currencies are never converted; figures are never \
					averaged.""")
	@ApiResponse(responseCode = "200", description = "The comparison groups",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = TradeComparisonResponse.class),
							examples = @ExampleObject(name = "KZ-CZ turnover 2022",
									ref = TradeExampleDocuments.REF + "trade-comparison-json")),
					@Content(mediaType = TEXT_CSV,
							examples = @ExampleObject(name = "KZ-CZ turnover 2022 as CSV",
									ref = TradeExampleDocuments.REF + "trade-comparison-csv")),
					@Content(mediaType = IMAGE_SVG,
							schema = @Schema(type = "string", format = "binary", description = CHART)) })
	ResponseEntity<TradeComparisonResponse> comparison(@RequestParam String country, @RequestParam String partner,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) TradeIndicator indicator,
			@RequestParam(required = false) Integer decimals, @RequestParam(required = false) String format,
			@RequestParam(required = false) Integer width, @RequestParam(required = false) Integer height) {
		ChartSize.of(width, height).forThisRequest();
		TradeRequest request = TradeRequest.parse(country, partner, indicator, year, from, to, null, null, decimals);
		return respond(format, new TradeComparisonResponse(request, this.trade.comparison(request)));
	}

	@GetMapping("/flags")
	@Operation(summary = "Every consistency flag the analysis raises, over every pair and period", description = """
			The data-quality view: each flag of the series (turnover that is not exports + imports, stated \
			rates the values do not give, jumps, reporters that differ, parts exceeding wholes...) with the \
			figure it is raised on, its value and its sources, and the stored figure's id where there is \
			one. Without country and partner, every pair with stored trade or investment figures, each \
			read once from the side storing more of its figures; with country, that country's pairs from \
			its side; with partner alone, from the other side.""")
	@ApiResponse(responseCode = "200", description = "The flags",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = TradeFlagsResponse.class)),
					@Content(mediaType = TEXT_CSV) })
	ResponseEntity<TradeFlagsResponse> flags(@RequestParam(required = false) String country,
			@RequestParam(required = false) String partner, @RequestParam(required = false) TradeFlag.Severity severity,
			@RequestParam(required = false) BigDecimal jumpThreshold, @RequestParam(required = false) Integer decimals,
			@RequestParam(required = false) String format) {
		FlagsRequest echo = FlagsRequest.parse(country, partner, severity, jumpThreshold, decimals);
		return respond(format, TradeFlagsResponse.of(echo,
				this.trade.flagged(echo.country(), echo.partner(), echo.jumpThreshold(), echo.decimals())));
	}

	/**
	 * The body with the content type {@code format} asks for; without it, content
	 * negotiation on the Accept header decides.
	 */
	private static <T> ResponseEntity<T> respond(String format, T body) {
		if (format == null || format.isBlank()) {
			return ResponseEntity.ok(body);
		}
		return switch (format.trim().toLowerCase(Locale.ROOT)) {
			case "csv" -> ResponseEntity.ok().contentType(TradeCsvHttpMessageConverter.TEXT_CSV).body(body);
			case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
			case "svg" -> ResponseEntity.ok().contentType(TradeSvgHttpMessageConverter.IMAGE_SVG).body(body);
			default -> throw new InvalidParameterException("format", "must be csv, json or svg, not '" + format + "'");
		};
	}

}
