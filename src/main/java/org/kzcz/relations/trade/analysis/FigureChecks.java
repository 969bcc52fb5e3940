package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.kzcz.relations.trade.analysis.TradeChange.Basis;
import org.kzcz.relations.trade.analysis.TradeFlag.Code;

/**
 * What the analysis says about one figure of an index, as functions of the index: its
 * change against its own reporter's same period a year before, and the flags the figures
 * raise on it. No function depends on another having run; each reads only the index.
 */
final class FigureChecks {

	private static final Set<TradeIndicator> TRADE_FLOWS = EnumSet.of(TradeIndicator.EXPORTS, TradeIndicator.IMPORTS,
			TradeIndicator.TURNOVER);

	private final FigureIndex index;

	private final TradeRequest request;

	FigureChecks(FigureIndex index) {
		this.index = index;
		this.request = index.request;
	}

	/**
	 * The figure's change and every flag on it, in the order a reader meets them: stated
	 * rates that conflict, conflicting figures, the change's own flags, then turnover,
	 * other reporters and parts of periods.
	 */
	Assessed assess(Figure figure) {
		List<TradeFlag> flags = new ArrayList<>(statedRatesConflict(figure));
		flags.addAll(conflictingFigures(figure));
		TradeChange change = compareWithPreviousYear(figure, flags);
		flags.addAll(turnoverMismatch(figure));
		flags.addAll(reportersDiffer(figure));
		flags.addAll(partsExceedingWholes(figure));
		return new Assessed(figure, change, List.copyOf(flags));
	}

	// --- changes
	// --------------------------------------------------------------------------------

	/** The change on the same period a year before; the flags it raises go to flags. */
	private TradeChange compareWithPreviousYear(Figure figure, List<TradeFlag> flags) {
		Period previousPeriod = figure.period.previousComparable();
		Figure previous = this.index.previous(figure);
		List<StatedChange> stated = figure.stated;
		List<StatedChange> rates = FigureIndex.statedRates(figure);
		if (previous != null && previous.impliedFrom == figure) {
			// all we know is the stated rate; the previous value is the one it implies
			BigDecimal percent = rates.get(0).percent();
			BigDecimal absolute = figure.value.subtract(previous.valueAt(figure.scale));
			flagJump(flags, percent, previousPeriod, true);
			return new TradeChange(Basis.STATED, previousPeriod, previous.displayValueAt(figure.scale), true,
					shown(absolute), percent, stated, null);
		}
		if (previous != null) {
			return compareWithStoredPrevious(figure, previous, previousPeriod, rates, flags);
		}
		if (!rates.isEmpty()) {
			return new TradeChange(Basis.STATED, previousPeriod, null, false, null, rates.get(0).percent(), stated,
					"the previous value is not in the data, and the stated rate implies none");
		}
		return new TradeChange(Basis.NONE, previousPeriod, null, false, null, null, stated,
				noComparablePeriod(figure, previousPeriod));
	}

	private TradeChange compareWithStoredPrevious(Figure figure, Figure previous, Period previousPeriod,
			List<StatedChange> rates, List<TradeFlag> flags) {
		TradeMath.Change change = TradeMath.change(figure.value, previous.valueAt(figure.scale));
		if (change.signChanged()) {
			flags.add(TradeFlag.warning(Code.SIGN_CHANGE, "changed sign from " + previous.describeAt(figure.scale)
					+ " in " + previousPeriod.label() + " to " + figure.describe() + " in " + figure.period.label()));
		}
		flagJump(flags, change.percent(), previousPeriod, false);
		if (figure.qualifier != ValueQualifier.EXACT || previous.qualifier != ValueQualifier.EXACT) {
			flags.add(TradeFlag.info(Code.APPROXIMATE_VALUE,
					"the change on " + previousPeriod.label() + " uses a value the source qualifies: "
							+ figure.describe() + " against " + previous.describeAt(figure.scale)));
		}
		// the rounding range only matters when a source states a rate to check
		if (change.percent() != null && !rates.isEmpty()) {
			flagStatedRates(figure, previous, change.percent(), rates, flags);
		}
		return new TradeChange(Basis.COMPUTED, previousPeriod, previous.displayValueAt(figure.scale),
				previous.derived(), shown(change.absolute()),
				TradeMath.round(change.percent(), this.request.decimals()), figure.stated, change.reason());
	}

	private void flagStatedRates(Figure figure, Figure previous, BigDecimal percent, List<StatedChange> rates,
			List<TradeFlag> flags) {
		Interval range = TradeMath.percentChangeRange(figure.interval, previous.intervalAt(figure.scale));
		String computed = signed(shown(percent)) + "%";
		for (StatedChange rate : rates) {
			if (!TradeMath.statedRateAgrees(rate.percent(), range)) {
				flags.add(TradeFlag.warning(Code.STATED_CHANGE_DISAGREES,
						rate.source() + " states " + signed(rate.percent()) + "% but the values give " + computed
								+ describeRange(range) + ", more than rounding explains"));
			}
			else if (range != null
					&& TradeMath.round(percent, Math.max(rate.percent().scale(), 0)).compareTo(rate.percent()) != 0) {
				flags.add(TradeFlag.info(Code.STATED_CHANGE_WITHIN_ROUNDING,
						rate.source() + " states " + signed(rate.percent()) + "% and the values give " + computed
								+ describeRange(range) + "; rounding of the values explains the difference"));
			}
		}
	}

	private void flagJump(List<TradeFlag> flags, BigDecimal percent, Period previousPeriod, boolean stated) {
		if (TradeMath.isJump(percent, this.request.jumpThreshold())) {
			flags.add(TradeFlag.warning(Code.JUMP, (stated ? "a source states a change of " : "changed by ")
					+ signed(TradeMath.round(percent, this.request.decimals())) + "% on " + previousPeriod.label()
					+ ", beyond the " + this.request.jumpThreshold().toPlainString() + "% threshold"));
		}
	}

	private String noComparablePeriod(Figure figure, Period previousPeriod) {
		String reason = "no comparable period: no " + previousPeriod.kind() + " figure for " + previousPeriod.label()
				+ " from reporter " + figure.reporter.country() + " in " + figure.currency;
		List<String> otherCurrencies = this.index.currenciesOf(figure.reporter.country(), figure.indicator,
				previousPeriod);
		return otherCurrencies.isEmpty() ? reason
				: reason + " (only in " + String.join(", ", otherCurrencies) + ", which is not converted)";
	}

	// --- consistency flags
	// ----------------------------------------------------------------------

	/** Sources that state different rates for the figure. */
	private static List<TradeFlag> statedRatesConflict(Figure figure) {
		List<StatedChange> rates = FigureIndex.statedRates(figure);
		if (rates.size() < 2 || rates.stream()
			.map(StatedChange::percent)
			.map(BigDecimal::stripTrailingZeros)
			.distinct()
			.count() < 2) {
			return List.of();
		}
		return List.of(TradeFlag.warning(Code.STATED_RATES_CONFLICT, "sources state different changes: "
				+ rates.stream().map((r) -> signed(r.percent()) + "% (" + r.source() + ")").toList()));
	}

	/**
	 * Other values of the same reporter for the same flow, period and currency, each
	 * named with the earlier read first.
	 */
	private List<TradeFlag> conflictingFigures(Figure figure) {
		List<Figure> sameKey = this.index.sameKey(figure);
		if (sameKey.size() < 2) {
			return List.of();
		}
		List<TradeFlag> flags = new ArrayList<>(1);
		boolean after = false;
		for (Figure other : sameKey) {
			if (other == figure) {
				after = true;
			}
			else if (!FigureIndex.sameValue(figure, other)) {
				Figure x = after ? figure : other;
				Figure y = after ? other : figure;
				flags.add(TradeFlag.warning(Code.CONFLICTING_FIGURES,
						"reporter " + x.reporter.country() + " has two values for " + x.indicator + " "
								+ x.period.label() + ": " + x.describe() + " and " + y.describe()));
			}
		}
		return flags;
	}

	/** Turnover should be exports + imports; beyond rounding it is flagged. */
	private List<TradeFlag> turnoverMismatch(Figure t) {
		if (t.indicator != TradeIndicator.TURNOVER || !this.index.isPrimary(t)) {
			return List.of();
		}
		Figure e = this.index
			.primary(new Figure.Key(t.reporter.country(), TradeIndicator.EXPORTS, t.period, t.currency));
		Figure i = this.index
			.primary(new Figure.Key(t.reporter.country(), TradeIndicator.IMPORTS, t.period, t.currency));
		if (e == null || i == null) {
			return List.of();
		}
		Scale scale = Scale.finer(t.scale, Scale.finer(e.scale, i.scale));
		Interval sum = e.intervalAt(scale).plus(i.intervalAt(scale));
		Interval turnover = t.intervalAt(scale);
		if (turnover.overlaps(sum)) {
			return List.of();
		}
		BigDecimal exactSum = e.valueAt(scale).add(i.valueAt(scale));
		BigDecimal difference = shown(t.valueAt(scale).subtract(exactSum));
		return List.of(TradeFlag.warning(Code.TURNOVER_MISMATCH,
				"turnover " + t.describeAt(scale) + " differs from exports + imports = "
						+ e.displayValueAt(scale).toPlainString() + " + " + i.displayValueAt(scale).toPlainString()
						+ " = " + shown(exactSum).toPlainString() + " by " + signed(difference)
						+ ", more than rounding explains" + tolerance(turnover, sum)));
	}

	/**
	 * Other reporters' figures for the same flow, period and currency that differ beyond
	 * rounding, each pair named with the alphabetically first reporter first, in the
	 * order of the group's figures.
	 */
	List<TradeFlag> reportersDiffer(Figure figure) {
		if (!this.index.isPrimary(figure)) {
			return List.of();
		}
		List<Figure> group = this.index.primariesOf(figure.indicator, figure.period);
		if (group.size() < 2) {
			return List.of();
		}
		List<TradeFlag> flags = new ArrayList<>(1);
		for (Figure other : group) {
			if (other == figure) {
				for (Figure b : group) {
					differ(figure, b, flags);
				}
			}
			else {
				differ(other, figure, flags);
			}
		}
		return flags;
	}

	/** Flags a and b when a's reporter comes first and the two differ beyond rounding. */
	private void differ(Figure a, Figure b, List<TradeFlag> flags) {
		if (a.reporter.country().compareTo(b.reporter.country()) >= 0 || !a.currency.equals(b.currency)) {
			return;
		}
		Scale scale = Scale.finer(a.scale, b.scale);
		if (!a.intervalAt(scale).overlaps(b.intervalAt(scale))) {
			flags.add(TradeFlag.warning(Code.REPORTERS_DIFFER, reportersDiffer(a, b, scale)));
		}
	}

	private String reportersDiffer(Figure a, Figure b, Scale scale) {
		Figure high = (a.valueAt(scale).compareTo(b.valueAt(scale)) >= 0) ? a : b;
		Figure low = (high == a) ? b : a;
		BigDecimal ratio = TradeMath.ratio(high.valueAt(scale), low.valueAt(scale));
		return high.reporter.country()
				+ " reports " + high.describe() + " and " + low.reporter.country() + " reports " + low.describe()
				+ " for " + a.indicator + " " + a.period.label() + ((ratio != null && low.value.signum() > 0)
						? ": " + shown(ratio).toPlainString() + " times as much" : "")
				+ "; both are shown, neither is preferred";
	}

	/** January-July cannot exceed January-August, nor a quarter the year. */
	private List<TradeFlag> partsExceedingWholes(Figure part) {
		if (!TRADE_FLOWS.contains(part.indicator) || part.period.kind() == PeriodKind.CUMULATIVE
				|| part.period.kind() == PeriodKind.POINT_IN_TIME || !this.index.isPrimary(part)) {
			return List.of();
		}
		List<TradeFlag> flags = List.of();
		for (Figure whole : this.index.wholesOf(part)) {
			if (whole.period.equals(part.period) || whole.period.start().isAfter(part.period.start())
					|| whole.period.end().isBefore(part.period.end())) {
				continue;
			}
			Scale scale = Scale.finer(part.scale, whole.scale);
			Interval p = part.intervalAt(scale);
			Interval w = whole.intervalAt(scale);
			if (p.low() != null && w.high() != null && p.low().compareTo(w.high()) > 0) {
				if (flags.isEmpty()) {
					flags = new ArrayList<>(1);
				}
				flags.add(TradeFlag.warning(Code.PART_EXCEEDS_WHOLE, part.indicator + " " + part.period.label() + " ("
						+ part.describe() + ") exceeds " + whole.period.label() + " (" + whole.describe() + ")"));
			}
		}
		return flags;
	}

	// --- helpers
	// --------------------------------------------------------------------------------

	/**
	 * A number the analysis computed, as it leaves the API: with the request's decimals
	 * (a stored value is never passed here; it keeps the digits its source printed).
	 */
	BigDecimal shown(BigDecimal computed) {
		return TradeMath.round(computed, this.request.decimals());
	}

	static String signed(BigDecimal value) {
		return ((value.signum() > 0) ? "+" : "") + value.toPlainString();
	}

	private String describeRange(Interval range) {
		if (range == null || !range.bounded()) {
			return "";
		}
		int decimals = this.request.decimals();
		return " (between " + TradeMath.round(range.low(), decimals).toPlainString() + "% and "
				+ TradeMath.round(range.high(), decimals).toPlainString() + "% allowing for rounding)";
	}

	private String tolerance(Interval a, Interval b) {
		if (!a.bounded() || !b.bounded()) {
			return "";
		}
		BigDecimal half = a.high().subtract(a.low()).add(b.high()).subtract(b.low()).divide(BigDecimal.valueOf(2));
		return " (rounding allows " + shown(half).toPlainString() + ")";
	}

	/**
	 * A figure with its change and flags, as every view shows it.
	 *
	 * @param figure the figure
	 * @param change its change against the same period a year before
	 * @param flags the flags raised on it
	 */
	record Assessed(Figure figure, TradeChange change, List<TradeFlag> flags) {
	}

}
