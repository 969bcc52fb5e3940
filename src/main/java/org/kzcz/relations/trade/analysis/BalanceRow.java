package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.SourceRef;

/**
 * One reporter's trade with the partner over one period, in one currency. A measure the
 * data does not give is null.
 *
 * @param reporter whose statistics
 * @param period the period
 * @param currency the currency of every money measure in the row
 * @param scale the scale of every money measure in the row
 * @param exports exports from country to partner
 * @param imports imports into country from partner
 * @param turnover exports + imports as stated
 * @param balance exports - imports (always derived)
 * @param coverageRatio exports as a percentage of imports (always derived); its change is
 * in percentage points
 * @param flags the flags of the row's figures
 * @param sources the sources of the row's figures
 */
@Schema(name = "BalanceRow")
public record BalanceRow(TradeReporter reporter, Period period, @Schema(example = "USD") String currency, Scale scale,
		Measure exports, Measure imports, Measure turnover, Measure balance, Measure coverageRatio,
		List<TradeFlag> flags, List<SourceRef> sources) {

	/**
	 * One measure of a balance row.
	 *
	 * @param value the value at the row's scale (for the coverage ratio, in percent)
	 * @param valueQualifier how the source qualified it
	 * @param derived whether it is derived
	 * @param derivation how, or null
	 * @param change its change on the same period a year before
	 */
	@Schema(name = "BalanceMeasure")
	public record Measure(@Schema(example = "147.7") BigDecimal value, ValueQualifier valueQualifier, boolean derived,
			Derivation derivation, TradeChange change) {

	}

}
