package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;

/**
 * The multiplier a value is stated in ("626.8 million" is 626.8 at MILLION).
 */
public enum Scale {

	UNIT(0), THOUSAND(3), MILLION(6), BILLION(9);

	private final int exponent;

	Scale(int exponent) {
		this.exponent = exponent;
	}

	public int exponent() {
		return this.exponent;
	}

	/** The value, stated at this scale, restated at the target scale (exact). */
	public BigDecimal convert(BigDecimal value, Scale target) {
		return (value != null) ? value.movePointRight(this.exponent - target.exponent) : null;
	}

	/** The finer of two scales, at which both values can be stated exactly. */
	public static Scale finer(Scale a, Scale b) {
		return (a.exponent <= b.exponent) ? a : b;
	}

}
