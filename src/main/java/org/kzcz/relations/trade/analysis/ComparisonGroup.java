package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.SourceRef;

/**
 * The figures of one indicator and period.
 *
 * @param indicator what is measured, from the country's side
 * @param period the period
 * @param referenceReporter the reporter gaps are measured against: the requested
 * country's own statistics when they exist
 * @param reporters the reporters with a figure, in order
 * @param figures every reporter's figures
 * @param flags flags of the comparison
 */
@Schema(name = "ComparisonGroup")
public record ComparisonGroup(TradeIndicator indicator, Period period, @Schema(example = "KZ") String referenceReporter,
		List<String> reporters, List<ComparedFigure> figures, List<TradeFlag> flags) {

	/**
	 * One reporter's figure.
	 *
	 * @param reporter whose statistics
	 * @param value the value
	 * @param valueQualifier how the source qualified it
	 * @param currency its currency
	 * @param scale its scale
	 * @param derived whether it is derived
	 * @param derivation how, or null
	 * @param gap the gap to the reference reporter's figure in the same currency; null
	 * for the reference reporter's own figures
	 * @param sources its sources
	 */
	@Schema(name = "ComparedFigure")
	public record ComparedFigure(TradeReporter reporter, @Schema(example = "1.3") BigDecimal value,
			ValueQualifier valueQualifier, @Schema(example = "USD") String currency, Scale scale, boolean derived,
			Derivation derivation, Gap gap, List<SourceRef> sources) {

	}

	/**
	 * How far one reporter's figure is from the reference reporter's.
	 *
	 * @param against the reference reporter
	 * @param currency the currency both are in
	 * @param scale the scale difference is stated at
	 * @param difference this figure minus the reference figure
	 * @param ratio this figure divided by the reference figure
	 * @param percent the difference in percent of the reference figure
	 * @param beyondRounding whether the two differ by more than their rounding explains
	 * @param note why there is no gap, or what to bear in mind
	 */
	@Schema(name = "ComparisonGap")
	public record Gap(@Schema(example = "KZ") String against, @Schema(example = "USD") String currency, Scale scale,
			@Schema(example = "877.6") BigDecimal difference, @Schema(example = "3.1") BigDecimal ratio,
			@Schema(example = "207.8") BigDecimal percent, boolean beyondRounding, String note) {

	}

}
