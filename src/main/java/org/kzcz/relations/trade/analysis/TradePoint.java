package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.SourceRef;

/**
 * One reporter's value of one indicator for one period, from the requested country's
 * side.
 *
 * @param indicator what is measured
 * @param period the period, its kind stated explicitly
 * @param value the value at {@code scale} in {@code currency}
 * @param valueQualifier how the source qualified the value
 * @param currency ISO 4217 currency
 * @param scale multiplier of value (MILLION: 626.8 means 626,800,000)
 * @param unit the unit as stored
 * @param reporter whose statistics
 * @param derived whether the value is derived rather than stored as the sources state it
 * @param derivation how it was derived, or null
 * @param change the change against the same period of the previous year
 * @param otherReporters other reporters' values for the same indicator and period, side
 * by side (never averaged)
 * @param flags consistency flags
 * @param sources the sources citing the figure (for derived values, those of the figures
 * it comes from)
 */
@Schema(name = "TradePoint", description = "One reporter's value for one indicator and period")
public record TradePoint(TradeIndicator indicator, Period period, @Schema(example = "626.8") BigDecimal value,
		ValueQualifier valueQualifier, @Schema(example = "USD") String currency, Scale scale,
		@Schema(example = "USD") String unit, TradeReporter reporter, boolean derived, Derivation derivation,
		TradeChange change, List<OtherReporterFigure> otherReporters, List<TradeFlag> flags, List<SourceRef> sources) {

	/**
	 * Another reporter's value for the same indicator and period.
	 *
	 * @param reporter the reporting country
	 * @param value its value
	 * @param valueQualifier how the source qualified it
	 * @param currency its currency
	 * @param scale its scale
	 * @param derived whether it is derived
	 */
	@Schema(name = "OtherReporterFigure")
	public record OtherReporterFigure(@Schema(example = "CZ") String reporter,
			@Schema(example = "1.3") BigDecimal value, ValueQualifier valueQualifier,
			@Schema(example = "USD") String currency, Scale scale, boolean derived) {

	}

}
