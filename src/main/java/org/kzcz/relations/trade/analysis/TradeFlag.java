package org.kzcz.relations.trade.analysis;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Something about a figure a reader should know before using it.
 *
 * @param code what kind of issue
 * @param severity WARNING when the figures contradict each other or move suspiciously,
 * INFO when they only need care
 * @param message the issue in words, with the numbers involved
 */
@Schema(name = "TradeFlag", description = "A consistency flag raised by the figures")
public record TradeFlag(Code code, Severity severity, @Schema(
		example = "turnover 28.9 BILLION USD differs from exports + imports = 23.6 + 5.65 = 29.3 by -0.4, more than rounding explains (rounding allows 0.1)") String message) {

	static TradeFlag warning(Code code, String message) {
		return new TradeFlag(code, Severity.WARNING, message);
	}

	static TradeFlag info(Code code, String message) {
		return new TradeFlag(code, Severity.INFO, message);
	}

	public enum Severity {

		WARNING, INFO

	}

	@Schema(name = "TradeFlagCode",
			description = """
					TURNOVER_MISMATCH: turnover differs from exports + imports beyond rounding. \
					SIGN_CHANGE: the value changed sign against the same period a year before. \
					JUMP: the value changed by more than the jump threshold. \
					STATED_CHANGE_DISAGREES: a source's stated rate is not what the two values give, even allowing for rounding. \
					STATED_CHANGE_WITHIN_ROUNDING: the stated rate differs from the computed one only as far as rounding explains. \
					STATED_RATES_CONFLICT: sources state different rates for one figure. \
					REPORTERS_DIFFER: another reporter's figure for the same flow and period differs beyond rounding. \
					CONFLICTING_FIGURES: one reporter has two different values for the same flow, period and currency. \
					PART_EXCEEDS_WHOLE: a flow over part of a period exceeds the flow over the whole period. \
					APPROXIMATE_VALUE: a change or comparison uses a value the source only approximated or bounded.""")
	public enum Code {

		TURNOVER_MISMATCH, SIGN_CHANGE, JUMP, STATED_CHANGE_DISAGREES, STATED_CHANGE_WITHIN_ROUNDING,
		STATED_RATES_CONFLICT, REPORTERS_DIFFER, CONFLICTING_FIGURES, PART_EXCEEDS_WHOLE, APPROXIMATE_VALUE

	}

}
