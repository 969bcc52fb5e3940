package org.kzcz.relations.trade.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kzcz.relations.common.facts.Slugs;
import org.kzcz.relations.trade.analysis.PeriodKind;
import org.kzcz.relations.trade.analysis.Scale;
import org.kzcz.relations.trade.analysis.ValueQualifier;

/**
 * A trade figure as a curator writes it (POST, PUT, and the state a PATCH is merged
 * into): one reporter's value for one flow and period, exactly as the sources state it.
 *
 * @param reporter whose statistics (ISO 3166-1 alpha-2, or EU)
 * @param reporterStated whether the sources name the reporter (default true)
 * @param reporterAgency slug of the reporting agency, when known
 * @param country the side the flow is read from
 * @param partner the other party
 * @param indicator what is measured
 * @param periodKind the shape of the period
 * @param periodStart first day covered
 * @param periodEnd last day covered
 * @param value the value as printed, at {@code scale}
 * @param valueQualifier how the source qualified it (default EXACT)
 * @param currency ISO 4217 code; money indicators only
 * @param scale the multiplier; required for money, UNIT by default for counts and ranks
 * @param unit what the value counts; the currency by default for money
 * @param note anything a reader should know
 * @param sources the sources stating the figure, each with what it said alongside
 */
@Schema(name = "TradeFigureRequest", description = """
		A trade figure to create or to replace, as its sources state it. Flows are from country's side \
		(EXPORTS = country to partner, FDI_INFLOW = into country from partner). Money indicators (EXPORTS, \
		IMPORTS, TURNOVER, FDI_INFLOW, FDI_CUMULATIVE) need a currency and a scale; counts and ranks have no \
		currency. Periods: YEAR is 1 January to 31 December; PARTIAL_YEAR runs from 1 January to a day \
		before the year ends; QUARTER and HALF_YEAR are calendar quarters and halves; POINT_IN_TIME starts \
		and ends on the same day; CUMULATIVE is any range. At least one source.""")
record TradeFigureRequest(
		@NotNull @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) @Schema(
				description = "Whose statistics: KZ for Kazakh, CZ for Czech", example = "KZ") String reporter,
		@Schema(description = "Whether the sources name the reporter, rather than it being inferred (default true)",
				example = "true") Boolean reporterStated,
		@Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Schema(
				description = "Slug of the reporting agency (an organization of the reporter's country)",
				example = "state-revenue-committee-of-kazakhstan") String reporterAgency,
		@NotNull @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) @Schema(
				description = "The side the flow is read from", example = "KZ") String country,
		@NotNull @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) @Schema(description = "The other party",
				example = "CZ") String partner,
		@NotNull @Schema(example = "EXPORTS") StoredIndicator indicator,
		@NotNull @Schema(example = "YEAR") PeriodKind periodKind,
		@NotNull @Schema(example = "2025-01-01") LocalDate periodStart,
		@NotNull @Schema(example = "2025-12-31") LocalDate periodEnd,
		@NotNull @Schema(description = "The value as printed, at scale (467 with MILLION is 467 million)",
				example = "512.4") BigDecimal value,
		@Schema(description = "EXACT (default), APPROXIMATE, ALMOST, MORE_THAN or AT_MOST",
				example = "EXACT") ValueQualifier valueQualifier,
		@Pattern(regexp = "^[A-Z]{3}$", message = "must be a three-letter currency code (ISO 4217)") @Schema(
				description = "ISO 4217 code; required for money indicators, absent for counts and ranks",
				example = "USD") String currency,
		@Schema(description = "Required for money indicators; UNIT by default for counts and ranks",
				example = "MILLION") Scale scale,
		@Size(max = 200) @Schema(description = "What the value counts; the currency by default for money",
				example = "USD") String unit,
		@Size(max = 5000) String note, @NotEmpty @Schema(
				description = "The sources stating the figure (at least one)") List<@NotNull @Valid Citation> sources) {

	static final String COUNTRY = "^[A-Z]{2}$";

	static final String COUNTRY_MESSAGE = "must be a two-letter country code (ISO 3166-1 alpha-2, or EU)";

	public TradeFigureRequest {
		reporter = upper(reporter);
		country = upper(country);
		partner = upper(partner);
		currency = upper(currency);
		reporterStated = (reporterStated != null) ? reporterStated : Boolean.TRUE;
		valueQualifier = (valueQualifier != null) ? valueQualifier : ValueQualifier.EXACT;
		if (indicator != null && !indicator.isMoney() && scale == null) {
			scale = Scale.UNIT;
		}
		if (indicator != null && indicator.isMoney() && unit == null) {
			unit = currency;
		}
	}

	/** The figure as it stands, in the shape a PUT would send it. */
	static TradeFigureRequest of(TradeFigureResponse f) {
		return new TradeFigureRequest(f.reporter(), f.reporterStated(), f.reporterAgency(), f.country(), f.partner(),
				f.indicator(), f.periodKind(), f.periodStart(), f.periodEnd(), f.value(), f.valueQualifier(),
				f.currency(), f.scale(), f.unit(), f.note(),
				f.sources().stream().map((s) -> new Citation(s.id(), s.statedText(), s.statedChangePct())).toList());
	}

	private static String upper(String code) {
		return (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	/**
	 * A source stating the figure, and what it said alongside the number.
	 *
	 * @param source the source's slug
	 * @param statedText the source's wording, when worth keeping
	 * @param statedChangePct the growth rate it states, in percent
	 */
	@Schema(name = "TradeFigureSourceRequest", description = "A source stating the figure, with what it said alongside")
	public record Citation(
			@NotBlank @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Schema(
					description = "Slug of the source", example = "dyussenbayev-interview-2025") String source,
			@Size(max = 1000) @Schema(example = "an increase of 9.7%") String statedText,
			@Schema(description = "The change on the previous year the source states, in percent",
					example = "9.7") BigDecimal statedChangePct) {
	}

}
