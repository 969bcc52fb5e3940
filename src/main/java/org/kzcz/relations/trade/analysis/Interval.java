package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * The range a stated value can stand for once its rounding is taken into account: "626.8"
 * is anything from 626.75 to 626.85. A null end is unbounded ("more than 350" has no
 * upper end). Used to tell a real disagreement from one rounding explains.
 *
 * @param low lowest value, or null when unbounded below
 * @param high highest value, or null when unbounded above
 */
record Interval(BigDecimal low, BigDecimal high) {

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	/** A value as printed: give or take half a unit in its last digit. */
	static Interval rounded(BigDecimal value) {
		BigDecimal half = halfUnit(value);
		return new Interval(value.subtract(half), value.add(half));
	}

	/** A value the way the source qualified it. */
	static Interval of(BigDecimal value, ValueQualifier qualifier) {
		BigDecimal half = halfUnit(value);
		return switch (qualifier) {
			case EXACT, APPROXIMATE -> rounded(value);
			// "almost 1.3" is just under 1.3: down to one unit in the last digit below it
			case ALMOST -> new Interval(value.subtract(half.add(half)), value);
			case MORE_THAN -> new Interval(value, null);
			case AT_MOST -> new Interval(null, value);
		};
	}

	/** Half a unit in the last stated digit: 0.05 for 626.8, 0.5 for 619. */
	static BigDecimal halfUnit(BigDecimal value) {
		return value.ulp().divide(TWO);
	}

	boolean bounded() {
		return this.low != null && this.high != null;
	}

	boolean overlaps(Interval other) {
		boolean lowOk = this.high == null || other.low == null || this.high.compareTo(other.low) >= 0;
		boolean highOk = this.low == null || other.high == null || other.high.compareTo(this.low) >= 0;
		return lowOk && highOk;
	}

	boolean containsZero() {
		return (this.low == null || this.low.signum() <= 0) && (this.high == null || this.high.signum() >= 0);
	}

	Interval plus(Interval other) {
		return new Interval(add(this.low, other.low), add(this.high, other.high));
	}

	Interval minus(Interval other) {
		return new Interval(subtract(this.low, other.high), subtract(this.high, other.low));
	}

	Interval negate() {
		return new Interval((this.high != null) ? this.high.negate() : null,
				(this.low != null) ? this.low.negate() : null);
	}

	/** Restated at another scale, like the value it belongs to. */
	Interval convert(Scale from, Scale to) {
		return new Interval(from.convert(this.low, to), from.convert(this.high, to));
	}

	/**
	 * The range of {@code f(a, b)} for a and b in the two intervals, for an f that takes
	 * its extremes at the corners (true of products and quotients where the divisor keeps
	 * one sign). Null when either interval is unbounded.
	 */
	static Interval corners(Interval a, Interval b, BinaryOperator<BigDecimal> f) {
		if (!a.bounded() || !b.bounded()) {
			return null;
		}
		List<BigDecimal> values = new ArrayList<>(4);
		for (BigDecimal x : List.of(a.low, a.high)) {
			for (BigDecimal y : List.of(b.low, b.high)) {
				values.add(f.apply(x, y));
			}
		}
		return new Interval(values.stream().min(BigDecimal::compareTo).orElseThrow(),
				values.stream().max(BigDecimal::compareTo).orElseThrow());
	}

	private static BigDecimal add(BigDecimal a, BigDecimal b) {
		return (a != null && b != null) ? a.add(b) : null;
	}

	private static BigDecimal subtract(BigDecimal a, BigDecimal b) {
		return (a != null && b != null) ? a.subtract(b) : null;
	}

}
