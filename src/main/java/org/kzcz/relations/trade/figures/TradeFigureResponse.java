package org.kzcz.relations.trade.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.trade.analysis.PeriodKind;
import org.kzcz.relations.trade.analysis.Scale;
import org.kzcz.relations.trade.analysis.TradeFlag;
import org.kzcz.relations.trade.analysis.ValueQualifier;

/**
 * One stored trade figure exactly as its sources state it, from the stored country's
 * side, with the version a curator sends back in {@code If-Match}.
 *
 * @param id the figure's id
 * @param reporter whose statistics
 * @param reporterStated whether the sources name the reporter
 * @param reporterAgency slug of the reporting agency, or null
 * @param country the side the flow is read from
 * @param partner the other party
 * @param indicator what is measured
 * @param periodKind the shape of the period
 * @param periodStart first day covered
 * @param periodEnd last day covered
 * @param value the value as printed, at {@code scale}
 * @param valueQualifier how the source qualified the value
 * @param currency ISO 4217 code, or null for counts and ranks
 * @param scale the multiplier of value
 * @param unit what the value counts
 * @param note anything a reader should know
 * @param sources the sources stating it, by slug, with what each said alongside
 * @param flags what the trade analysis flags on the figure, read from its own country's
 * side (the flags of /api/v1/trade/flags); empty for counts and ranks
 * @param series the trade series the figure belongs to, or null for counts and ranks
 * @param version the stored version
 * @param self this resource
 */
@Schema(name = "TradeFigure", description = "One stored trade figure, exactly as its sources state it")
public record TradeFigureResponse(@Schema(example = "7") long id, @Schema(example = "KZ") String reporter,
		boolean reporterStated, @Schema(example = "state-revenue-committee-of-kazakhstan") String reporterAgency,
		@Schema(example = "KZ") String country, @Schema(example = "CZ") String partner, StoredIndicator indicator,
		PeriodKind periodKind, @Schema(example = "2023-01-01") LocalDate periodStart,
		@Schema(example = "2023-12-31") LocalDate periodEnd, @Schema(example = "147.7") BigDecimal value,
		ValueQualifier valueQualifier, @Schema(example = "USD") String currency, Scale scale,
		@Schema(example = "USD") String unit, String note, List<CitingSource> sources,
		@Schema(description = """
				What the trade analysis flags on this figure, read from its own country's side with the default \
				jump threshold and decimals: the entries of /api/v1/trade/flags for it. Empty for counts and ranks.""") List<TradeFlag> flags,
		@Schema(description = "The trade series showing the figure; absent for counts and ranks",
				example = "/api/v1/trade/series?country=KZ&partner=CZ&indicator=EXPORTS&reporter=KZ&from=2023&to=2023") String series,
		@Schema(description = "The stored version; send it back in If-Match (the ETag) to change the figure",
				example = "0") long version,
		@Schema(example = "/api/v1/trade-figures/7") String self) {

	public static String self(long id) {
		return "/api/v1/trade-figures/" + id;
	}

	/** The same figure with the flags the analysis raises on it. */
	TradeFigureResponse withFlags(List<TradeFlag> raised) {
		return new TradeFigureResponse(this.id, this.reporter, this.reporterStated, this.reporterAgency, this.country,
				this.partner, this.indicator, this.periodKind, this.periodStart, this.periodEnd, this.value,
				this.valueQualifier, this.currency, this.scale, this.unit, this.note, this.sources, List.copyOf(raised),
				this.series, this.version, this.self);
	}

	static String series(String country, String partner, StoredIndicator indicator, String reporter,
			LocalDate periodStart, LocalDate periodEnd) {
		if (!indicator.isMoney()) {
			return null;
		}
		return "/api/v1/trade/series?country=" + country + "&partner=" + partner + "&indicator=" + indicator
				+ "&reporter=" + reporter + "&from=" + periodStart.getYear() + "&to=" + periodEnd.getYear();
	}

	/**
	 * A source stating the figure.
	 *
	 * @param id the source's slug
	 * @param title its title
	 * @param self the source resource
	 * @param statedText the source's wording alongside the number, or null
	 * @param statedChangePct the growth rate it states, in percent, or null
	 */
	@Schema(name = "TradeFigureSource", description = "A source stating the figure, with what it said alongside")
	public record CitingSource(@Schema(example = "kazinform-vassilenko-prague-2024") String id, String title,
			@Schema(example = "/api/v1/sources/kazinform-vassilenko-prague-2024") String self,
			@Schema(example = "an increase of 19.4%") String statedText,
			@Schema(example = "19.4") BigDecimal statedChangePct) {
	}

}
