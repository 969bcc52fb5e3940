package org.kzcz.relations.trade.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.CountryCodes;
import org.kzcz.relations.common.problems.InvalidParameterException;
import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.trade.TradeService.PairFlags;
import org.kzcz.relations.trade.analysis.Derivation;
import org.kzcz.relations.trade.analysis.FlaggedFigure;
import org.kzcz.relations.trade.analysis.Period;
import org.kzcz.relations.trade.analysis.Scale;
import org.kzcz.relations.trade.analysis.TradeFlag.Code;
import org.kzcz.relations.trade.analysis.TradeFlag.Severity;
import org.kzcz.relations.trade.analysis.TradeFlag;
import org.kzcz.relations.trade.analysis.TradeIndicator;
import org.kzcz.relations.trade.analysis.TradePoint;
import org.kzcz.relations.trade.analysis.TradeReporter;
import org.kzcz.relations.trade.analysis.TradeRequest;
import org.kzcz.relations.trade.analysis.ValueQualifier;
import org.kzcz.relations.trade.figures.TradeFigureResponse;

/**
 * Every flag the trade analysis raises, over every pair and period, with the figure each
 * is raised on and its sources: where an analyst starts.
 *
 * @param request the request, after defaults
 * @param flags one entry per flag and figure, pair by pair in figure order
 */
@Schema(name = "TradeFlags", description = "Every consistency flag the trade analysis raises, with its figure")
record TradeFlagsResponse(FlagsRequest request, List<FlagEntry> flags) {

	/** Each flag of each pair's flagged figures, of the severity asked for. */
	static TradeFlagsResponse of(FlagsRequest echo, List<PairFlags> pairs) {
		List<FlagEntry> entries = new ArrayList<>();
		for (PairFlags pair : pairs) {
			for (FlaggedFigure flagged : pair.flagged()) {
				for (TradeFlag flag : flagged.point().flags()) {
					if (echo.severity() == null || flag.severity() == echo.severity()) {
						entries.add(FlagEntry.of(pair.request(), flagged, flag));
					}
				}
			}
		}
		return new TradeFlagsResponse(echo, entries);
	}

	/**
	 * The request, after defaults.
	 *
	 * @param country only pairs read from this country's side, or null for every pair
	 * @param partner only pairs with this partner, or null
	 * @param severity only flags of this severity, or null for both
	 * @param jumpThreshold changes beyond this many percent are flagged as jumps
	 * @param decimals decimals of every computed number
	 */
	@Schema(name = "TradeFlagsRequest")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FlagsRequest(@Schema(example = "KZ") String country, @Schema(example = "EU") String partner,
			Severity severity, @Schema(example = "50") BigDecimal jumpThreshold, @Schema(example = "1") int decimals) {

		/**
		 * Checks and normalises the parameters: country codes upper case and different,
		 * the threshold and decimals within bounds or their defaults.
		 */
		static FlagsRequest parse(String country, String partner, Severity severity, BigDecimal jumpThreshold,
				Integer decimals) {
			String c = CountryCodes.parameter("country", country);
			String p = CountryCodes.parameter("partner", partner);
			if (c != null && c.equals(p)) {
				throw new InvalidParameterException("partner", "must differ from country (both are " + c + ")");
			}
			return new FlagsRequest(c, p, severity, TradeRequest.jumpThreshold(jumpThreshold),
					TradeRequest.decimals(decimals));
		}

	}

	/**
	 * One flag on one figure.
	 *
	 * @param country the side the pair is read from
	 * @param partner the other party
	 * @param code what kind of issue
	 * @param severity WARNING or INFO
	 * @param message the issue in words, with the numbers involved
	 * @param indicator the figure's indicator, from country's side
	 * @param period its period
	 * @param reporter whose statistics
	 * @param value its value (stored values as printed; computed ones with the request's
	 * decimals)
	 * @param valueQualifier how the source qualified it
	 * @param currency its currency
	 * @param scale its scale
	 * @param derived whether it is derived rather than stored
	 * @param derivation how, or null
	 * @param figureId the stored figure's id, when the flag is on a figure stored from
	 * this side
	 * @param figure the stored figure's resource, or null
	 * @param series the trade series the figure belongs to
	 * @param sources the sources of the figure
	 */
	@Schema(name = "TradeFlagEntry")
	public record FlagEntry(@Schema(example = "KZ") String country, @Schema(example = "EU") String partner, Code code,
			Severity severity,
			@Schema(example = "turnover 28.9 BILLION USD differs from exports + imports = 23.6 + 5.65 = 29.3 by -0.4, "
					+ "more than rounding explains (rounding allows 0.1)") String message,
			TradeIndicator indicator, Period period, TradeReporter reporter, @Schema(example = "28.9") BigDecimal value,
			ValueQualifier valueQualifier, @Schema(example = "USD") String currency, Scale scale, boolean derived,
			Derivation derivation, @Schema(example = "26") Long figureId,
			@Schema(example = "/api/v1/trade-figures/26") String figure,
			@Schema(example = "/api/v1/trade/series?country=KZ&partner=EU&indicator=TURNOVER&from=2021&to=2021") String series,
			List<SourceRef> sources) {

		static FlagEntry of(TradeRequest request, FlaggedFigure flagged, TradeFlag flag) {
			TradePoint point = flagged.point();
			Long id = flagged.figureId();
			String series = "/api/v1/trade/series?country=" + request.country() + "&partner=" + request.partner()
					+ "&indicator=" + point.indicator() + "&from=" + point.period().start().getYear() + "&to="
					+ point.period().end().getYear();
			return new FlagEntry(request.country(), request.partner(), flag.code(), flag.severity(), flag.message(),
					point.indicator(), point.period(), point.reporter(), point.value(), point.valueQualifier(),
					point.currency(), point.scale(), point.derived(), point.derivation(), id,
					(id != null) ? TradeFigureResponse.self(id) : null, series, point.sources());
		}

	}

}
