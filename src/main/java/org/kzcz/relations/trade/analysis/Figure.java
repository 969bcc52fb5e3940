package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.kzcz.relations.common.facts.SourceRef;

/**
 * A figure as the analysis works with it: stored or derived, from the requested country's
 * side, at full precision, and immutable (its change and flags are functions of the
 * {@link FigureIndex} it is in). The value is rounded only when it leaves the API: a
 * stored (or mirrored) value keeps the digits its source printed, a computed one is shown
 * with the request's decimals, as every other number the analysis computes.
 */
final class Figure {

	/** Preference among figures for one reporter, flow, period and currency. */
	static final int STORED = 0;

	static final int MIRRORED = 1;

	static final int DERIVED = 2;

	static final int DERIVED_FROM_IMPLIED = 3;

	final TradeReporter reporter;

	final TradeIndicator indicator;

	final Period period;

	final BigDecimal value;

	final int displayScale;

	final boolean exact;

	final ValueQualifier qualifier;

	final String currency;

	final Scale scale;

	final String unit;

	final Derivation derivation;

	final int rank;

	final Figure impliedFrom;

	/**
	 * The stored figure's id, for stored and mirrored figures; null for computed ones.
	 */
	final Long storedId;

	final List<SourceRef> sources;

	final List<StatedChange> stated;

	final Interval interval;

	final Key key;

	Figure(TradeReporter reporter, TradeIndicator indicator, Period period, BigDecimal value, int displayScale,
			boolean exact, ValueQualifier qualifier, String currency, Scale scale, String unit, Derivation derivation,
			int rank, Figure impliedFrom, Long storedId, List<SourceRef> sources, List<StatedChange> stated,
			Interval interval) {
		this.reporter = reporter;
		this.indicator = indicator;
		this.period = period;
		this.value = value;
		this.displayScale = displayScale;
		this.exact = exact;
		this.qualifier = qualifier;
		this.currency = currency;
		this.scale = scale;
		this.unit = unit;
		this.derivation = derivation;
		this.rank = rank;
		this.impliedFrom = impliedFrom;
		this.storedId = storedId;
		this.sources = sources;
		this.stated = stated;
		this.interval = interval;
		this.key = new Key(reporter.country(), indicator, period, currency);
	}

	boolean derived() {
		return this.derivation != null;
	}

	BigDecimal valueAt(Scale target) {
		return this.scale.convert(this.value, target);
	}

	Interval intervalAt(Scale target) {
		return this.interval.convert(this.scale, target);
	}

	/** The value as it leaves the API, at its own scale. */
	BigDecimal displayValue() {
		return display(this.value, this.exact, this.displayScale);
	}

	/**
	 * The value as it leaves the API, restated at another scale: a computed value keeps
	 * the request's decimals at any scale.
	 */
	BigDecimal displayValueAt(Scale target) {
		return display(valueAt(target), this.exact, this.displayScale);
	}

	/** The value with its scale and currency in words, for messages. */
	String describe() {
		return describeAt(this.scale);
	}

	String describeAt(Scale target) {
		return displayValueAt(target).toPlainString() + " " + target + " " + this.currency
				+ ((this.qualifier != ValueQualifier.EXACT) ? " (" + this.qualifier + ")" : "")
				+ (derived() ? " (" + derivedAs() + ")" : "");
	}

	/** How a derived value came about, in a word: mirrored, implied or derived. */
	String derivedAs() {
		if (this.derivation == null) {
			return "stored";
		}
		return switch (this.derivation.kind()) {
			case MIRRORED -> "mirrored";
			case IMPLIED_BY_STATED_CHANGE -> "implied by a stated rate";
			default -> "derived";
		};
	}

	static BigDecimal display(BigDecimal value, boolean exact, int displayScale) {
		return (exact || value == null) ? value : value.setScale(displayScale, RoundingMode.HALF_UP);
	}

	/**
	 * What identifies a series value: one reporter's figure for one flow, period and
	 * currency.
	 */
	record Key(String reporter, TradeIndicator indicator, Period period, String currency) {

	}

}
