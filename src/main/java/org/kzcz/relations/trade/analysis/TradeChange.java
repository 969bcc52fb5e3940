package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A figure's change against the same period of the previous year, from the same reporter
 * in the same currency.
 *
 * @param basis COMPUTED from both values; STATED when only a source's rate is known (the
 * previous value, if shown, is the one that rate implies); NONE when there is no change
 * @param previousPeriod the period compared with (always the same kind, a year earlier)
 * @param previousValue the previous value, at the figure's own scale, or null
 * @param previousDerived whether the previous value is derived rather than stored
 * @param absolute value minus previous value, at the figure's scale
 * @param percent the change in percent against the size of the previous value, rounded to
 * the requested decimals
 * @param stated growth rates sources state for this figure, kept as printed
 * @param reason why there is no change or no percent change, or null
 */
@Schema(name = "TradeChange", description = "Change against the same period of the previous year")
public record TradeChange(Basis basis, Period previousPeriod, @Schema(example = "422.4") BigDecimal previousValue,
		boolean previousDerived, @Schema(example = "204.4") BigDecimal absolute,
		@Schema(example = "48.4") BigDecimal percent, List<StatedChange> stated,
		@Schema(example = "no comparable period: no YEAR figure for 2022 from reporter KZ in USD") String reason) {

	public enum Basis {

		COMPUTED, STATED, NONE

	}

}
