package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of trade figures, in BigDecimal throughout and rounded only when a value
 * leaves the API. Pure functions, no state.
 */
final class TradeMath {

	/**
	 * Precision of intermediate results: 34 significant digits, far beyond any source.
	 */
	static final MathContext CONTEXT = MathContext.DECIMAL128;

	/** Default number of decimals a percentage is shown with. */
	static final int DEFAULT_PERCENT_DECIMALS = 1;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TradeMath() {
	}

	/**
	 * The change from {@code previous} to {@code current}. The absolute change is always
	 * given. The percent change is measured against the size of the base, so a deficit
	 * shrinking from -100 to -50 is +50% and one deepening from -100 to -150 is -50%.
	 * There is no percent change from a zero base, nor across a change of sign (from a
	 * deficit to a surplus): the reason says why.
	 */
	static Change change(BigDecimal current, BigDecimal previous) {
		BigDecimal absolute = current.subtract(previous);
		if (previous.signum() == 0) {
			return new Change(absolute, null, false, "previous value is zero, so there is no percent change");
		}
		if (current.signum() * previous.signum() < 0) {
			return new Change(absolute, null, true,
					"the value changed sign ("
							+ ((previous.signum() < 0) ? "negative to positive" : "positive to negative")
							+ "), so a percent change would mislead");
		}
		return new Change(absolute, percentChange(current, previous), false, null);
	}

	/** (current - previous) / |previous| * 100, unrounded; previous must not be zero. */
	static BigDecimal percentChange(BigDecimal current, BigDecimal previous) {
		return current.subtract(previous).multiply(HUNDRED).divide(previous.abs(), CONTEXT);
	}

	/**
	 * The range of percent changes the two values allow once their rounding is taken into
	 * account; null when the previous value could be zero or either is unbounded.
	 */
	static Interval percentChangeRange(Interval current, Interval previous) {
		if (previous.containsZero()) {
			return null;
		}
		return Interval.corners(current, previous, TradeMath::percentChange);
	}

	/**
	 * The previous value a stated growth rate implies: value / (1 + rate / 100). Null
	 * when the rate is -100% or lower, which no previous value can explain.
	 */
	static BigDecimal impliedPrevious(BigDecimal value, BigDecimal ratePercent) {
		BigDecimal factor = growthFactor(ratePercent);
		return (factor.signum() > 0) ? value.divide(factor, CONTEXT) : null;
	}

	/** The range of implied previous values, given the rounding of value and rate. */
	static Interval impliedPreviousRange(Interval value, Interval ratePercent) {
		if (!ratePercent.bounded() || growthFactor(ratePercent.low()).signum() <= 0) {
			return null;
		}
		return Interval.corners(value, ratePercent, TradeMath::impliedPrevious);
	}

	/**
	 * Whether a stated rate is explained by the computed range: the stated rate, give or
	 * take its own rounding, overlaps the changes the rounded values allow.
	 */
	static boolean statedRateAgrees(BigDecimal statedPercent, Interval computedRange) {
		return computedRange == null || Interval.rounded(statedPercent).overlaps(computedRange);
	}

	/** Exports as a percentage of imports; null when imports are zero. */
	static BigDecimal coverageRatio(BigDecimal exports, BigDecimal imports) {
		return (imports.signum() != 0) ? exports.multiply(HUNDRED).divide(imports, CONTEXT) : null;
	}

	/** current / reference, unrounded; null for a zero reference. */
	static BigDecimal ratio(BigDecimal current, BigDecimal reference) {
		return (reference.signum() != 0) ? current.divide(reference, CONTEXT) : null;
	}

	/** A percentage (or ratio) rounded for display, half up. */
	static BigDecimal round(BigDecimal value, int decimals) {
		return (value != null) ? value.setScale(decimals, RoundingMode.HALF_UP) : null;
	}

	/** Whether |percent| exceeds the threshold (both in percent). */
	static boolean isJump(BigDecimal percent, BigDecimal thresholdPercent) {
		return percent != null && percent.abs().compareTo(thresholdPercent) > 0;
	}

	private static BigDecimal growthFactor(BigDecimal ratePercent) {
		return BigDecimal.ONE.add(ratePercent.divide(HUNDRED, CONTEXT));
	}

	/**
	 * A change between two values.
	 *
	 * @param absolute current minus previous
	 * @param percent the percent change, unrounded, or null with a reason
	 * @param signChanged whether the values have opposite signs
	 * @param reason why there is no percent change, or null
	 */
	record Change(BigDecimal absolute, BigDecimal percent, boolean signChanged, String reason) {
	}

}
