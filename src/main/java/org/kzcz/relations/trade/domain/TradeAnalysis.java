package org.kzcz.relations.trade.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.kzcz.relations.common.SourceRef;
import org.kzcz.relations.trade.domain.Figure.Key;
import org.kzcz.relations.trade.domain.TradeBalanceResponse.BalanceRow;
import org.kzcz.relations.trade.domain.TradeBalanceResponse.Measure;
import org.kzcz.relations.trade.domain.TradeChange.Basis;
import org.kzcz.relations.trade.domain.TradeComparisonResponse.ComparedFigure;
import org.kzcz.relations.trade.domain.TradeComparisonResponse.ComparisonGroup;
import org.kzcz.relations.trade.domain.TradeComparisonResponse.Gap;
import org.kzcz.relations.trade.domain.TradeFlag.Code;
import org.kzcz.relations.trade.domain.TradePoint.OtherReporterFigure;

/**
 * Everything the trade endpoints compute, in one pass over the figures one query read:
 * <ol>
 * <li>figures stored from the partner's side are mirrored (its exports are imports here)
 * and dropped where the same reporter stored the same value from this side;</li>
 * <li>where a source states a growth rate and the previous value is not stored, the
 * previous value the rate implies is added, flagged as derived;</li>
 * <li>the balance is derived from each reporter's exports and imports of one period;</li>
 * <li>each figure is compared with its own reporter's same period a year before, in the
 * same currency;</li>
 * <li>consistency flags are raised.</li>
 * </ol>
 * Pure: no Spring, no database, so the arithmetic is tested on hand-worked cases.
 */
public final class TradeAnalysis {

	private static final Comparator<Figure> ORDER = Comparator.comparing((Figure f) -> f.indicator.ordinal())
		.thenComparing((f) -> f.period.end())
		.thenComparing((f) -> f.period.start())
		.thenComparing((f) -> f.reporter.country())
		.thenComparing((f) -> f.currency)
		.thenComparingInt((f) -> f.rank);

	private static final Set<TradeIndicator> TRADE_FLOWS = EnumSet.of(TradeIndicator.EXPORTS, TradeIndicator.IMPORTS,
			TradeIndicator.TURNOVER);

	private final TradeRequest request;

	private final List<Figure> figures = new ArrayList<>();

	private final Map<Key, List<Figure>> byKey = new LinkedHashMap<>();

	/**
	 * The figure standing for each key, fixed once every figure is in (null while figures
	 * are still added): the checks below ask for it in loops over all figures.
	 */
	private Map<Key, Figure> primaries;

	/** Each indicator and period's primary figures, in figure order (from primaries). */
	private Map<GroupKey, List<Figure>> primariesByGroup;

	private TradeAnalysis(TradeRequest request, List<FigureRow> rows) {
		this.request = request;
		for (FigureRow row : rows) {
			boolean mirrored = !row.storedCountry().equals(request.country());
			// investment into the partner says nothing about investment into the country
			if (!mirrored || row.indicator().mirrored() != null) {
				add(fromRow(row, mirrored));
			}
		}
		dropMirroredDuplicates();
		addImpliedPreviousValues();
		addBalances();
		this.figures.sort(ORDER);
		fixPrimaries();
		flagConflictingFigures();
		for (Figure figure : this.figures) {
			compareWithPreviousYear(figure);
		}
		flagTurnoverMismatches();
		flagReportersThatDiffer();
		flagPartsExceedingWholes();
	}

	/** Analyses the figures one query read for the request. */
	public static TradeAnalysis of(TradeRequest request, List<FigureRow> rows) {
		return new TradeAnalysis(request, rows);
	}

	// --- results
	// ------------------------------------------------------------------------------

	/**
	 * The points of the requested indicators whose periods end in the requested years.
	 */
	public List<TradePoint> series() {
		Set<TradeIndicator> indicators = this.request.indicatorSet();
		return this.figures.stream()
			.filter((f) -> indicators.contains(f.indicator) && inRange(f))
			.map(this::point)
			.toList();
	}

	/**
	 * Exports, imports, turnover, balance and coverage per reporter, period and currency.
	 */
	public List<BalanceRow> balance() {
		Map<RowKey, Map<TradeIndicator, Figure>> rows = new LinkedHashMap<>();
		for (Figure f : this.figures) {
			if ((TRADE_FLOWS.contains(f.indicator) || f.indicator == TradeIndicator.BALANCE) && inRange(f)
					&& primary(f.key()) == f) {
				rows.computeIfAbsent(new RowKey(f.reporter.country(), f.period, f.currency), (k) -> new TreeMap<>())
					.put(f.indicator, f);
			}
		}
		return rows.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<RowKey, ?> e) -> e.getKey().period().end())
				.thenComparing((e) -> e.getKey().period().start())
				.thenComparing((e) -> e.getKey().reporter())
				.thenComparing((e) -> e.getKey().currency()))
			.map((e) -> balanceRow(e.getKey(), e.getValue()))
			.toList();
	}

	/** Every reporter's figures per indicator and period, with the gaps between them. */
	public List<ComparisonGroup> comparison() {
		Set<TradeIndicator> indicators = this.request.indicatorSet();
		Map<GroupKey, List<Figure>> groups = new LinkedHashMap<>();
		this.figures.stream()
			.filter((f) -> indicators.contains(f.indicator) && inRange(f))
			.sorted(Comparator.comparing((Figure f) -> f.period.end())
				.thenComparing((f) -> f.period.start())
				.thenComparing((f) -> f.indicator.ordinal()))
			.forEach((f) -> groups.computeIfAbsent(new GroupKey(f.indicator, f.period), (k) -> new ArrayList<>())
				.add(f));
		return groups.entrySet().stream().map((e) -> comparisonGroup(e.getKey(), e.getValue())).toList();
	}

	/**
	 * Every figure carrying a flag, with its flags, in figure order: what the
	 * data-quality view lists.
	 */
	public List<FlaggedFigure> flagged() {
		return this.figures.stream()
			.filter((f) -> !f.flags.isEmpty())
			.map((f) -> new FlaggedFigure(point(f), (f.rank == Figure.STORED) ? f.storedId : null))
			.toList();
	}

	/** The flags of each figure stored from the requested country's side, by its id. */
	Map<Long, List<TradeFlag>> flagsOfStoredFigures() {
		Map<Long, List<TradeFlag>> flags = new HashMap<>();
		for (Figure f : this.figures) {
			if (f.rank == Figure.STORED && f.storedId != null) {
				flags.computeIfAbsent(f.storedId, (id) -> new ArrayList<>()).addAll(f.flags);
			}
		}
		return flags;
	}

	// --- building the figures
	// -------------------------------------------------------------------

	private Figure fromRow(FigureRow row, boolean mirrored) {
		TradeIndicator indicator = mirrored ? row.indicator().mirrored() : row.indicator();
		Derivation derivation = null;
		if (mirrored) {
			derivation = new Derivation(Derivation.Kind.MIRRORED,
					"stored as " + row.storedCountry() + "'s " + row.indicator() + " with " + row.storedPartner()
							+ " (reported by " + row.reporter().country() + "), read from " + row.storedPartner()
							+ "'s side as " + indicator);
		}
		return new Figure(row.reporter(), indicator, row.period(), row.value(), row.value().scale(), true,
				row.qualifier(), row.currency(), row.scale(), row.unit(), derivation,
				mirrored ? Figure.MIRRORED : Figure.STORED, null, row.id(), row.sources(), row.stated(),
				Interval.of(row.value(), row.qualifier()));
	}

	private void add(Figure figure) {
		forgetPrimaries();
		this.figures.add(figure);
		this.byKey.computeIfAbsent(figure.key(), (k) -> new ArrayList<>()).add(figure);
	}

	private void remove(Figure figure) {
		forgetPrimaries();
		this.figures.remove(figure);
		this.byKey.get(figure.key()).remove(figure);
	}

	/** A reporter's flow stored from both sides with one value counts once. */
	private void dropMirroredDuplicates() {
		for (Figure mirrored : List.copyOf(this.figures)) {
			if (mirrored.rank == Figure.MIRRORED && this.byKey.get(mirrored.key())
				.stream()
				.anyMatch((f) -> f.rank == Figure.STORED && sameValue(f, mirrored))) {
				remove(mirrored);
			}
		}
	}

	/**
	 * Where a source states a growth rate and the same period of the previous year is not
	 * stored, the previous value the rate implies: value / (1 + rate / 100).
	 */
	private void addImpliedPreviousValues() {
		for (Figure figure : List.copyOf(this.figures)) {
			List<StatedChange> rates = statedRates(figure);
			if (rates.isEmpty()) {
				continue;
			}
			if (rates.stream().map(StatedChange::percent).map(BigDecimal::stripTrailingZeros).distinct().count() > 1) {
				figure.flags.add(TradeFlag.warning(Code.STATED_RATES_CONFLICT, "sources state different changes: "
						+ rates.stream().map((r) -> signed(r.percent()) + "% (" + r.source() + ")").toList()));
			}
			Period previousPeriod = figure.period.previousComparable();
			Key previousKey = new Key(figure.reporter.country(), figure.indicator, previousPeriod, figure.currency);
			if (!this.byKey.getOrDefault(previousKey, List.of()).isEmpty()) {
				continue;
			}
			StatedChange rate = rates.get(0);
			BigDecimal implied = TradeMath.impliedPrevious(figure.value, rate.percent());
			if (implied == null) {
				continue;
			}
			Derivation derivation = new Derivation(Derivation.Kind.IMPLIED_BY_STATED_CHANGE,
					"previous = value / (1 + rate / 100) = " + figure.value.toPlainString() + " / (1 + "
							+ rate.percent().toPlainString() + " / 100), from the " + figure.period.label()
							+ " value and the change " + rate.source() + " states");
			Interval range = TradeMath.impliedPreviousRange(figure.interval, Interval.rounded(rate.percent()));
			add(new Figure(figure.reporter, figure.indicator, previousPeriod, implied, this.request.decimals(), false,
					figure.qualifier, figure.currency, figure.scale, figure.unit, derivation,
					Figure.DERIVED_FROM_IMPLIED, figure, null, figure.sources, List.of(),
					(range != null) ? range : new Interval(null, null)));
		}
	}

	/** BALANCE = EXPORTS - IMPORTS of one reporter, period and currency. */
	private void addBalances() {
		Map<RowKey, Figure> exports = new LinkedHashMap<>();
		for (Figure f : List.copyOf(this.figures)) {
			if (f.indicator == TradeIndicator.EXPORTS && primary(f.key()) == f) {
				exports.put(new RowKey(f.reporter.country(), f.period, f.currency), f);
			}
		}
		for (Map.Entry<RowKey, Figure> entry : exports.entrySet()) {
			RowKey k = entry.getKey();
			Figure e = entry.getValue();
			Figure i = primary(new Key(k.reporter(), TradeIndicator.IMPORTS, k.period(), k.currency()));
			if (i == null) {
				continue;
			}
			Scale scale = Scale.finer(e.scale, i.scale);
			ValueQualifier qualifier = (e.qualifier == ValueQualifier.EXACT && i.qualifier == ValueQualifier.EXACT)
					? ValueQualifier.EXACT : ValueQualifier.APPROXIMATE;
			Derivation derivation = new Derivation(Derivation.Kind.EXPORTS_MINUS_IMPORTS,
					"EXPORTS - IMPORTS = " + e.displayValueAt(scale).toPlainString() + " - "
							+ i.displayValueAt(scale).toPlainString()
							+ ((e.derived() || i.derived()) ? ", from " + inputs(e, i) + " values" : ""));
			boolean fromImplied = e.rank == Figure.DERIVED_FROM_IMPLIED || i.rank == Figure.DERIVED_FROM_IMPLIED;
			TradeReporter reporter = new TradeReporter(k.reporter(), e.reporter.stated() && i.reporter.stated(),
					Objects.equals(e.reporter.agency(), i.reporter.agency()) ? e.reporter.agency() : null,
					Objects.equals(e.reporter.agency(), i.reporter.agency()) ? e.reporter.agencyName() : null);
			add(new Figure(reporter, TradeIndicator.BALANCE, k.period(), e.valueAt(scale).subtract(i.valueAt(scale)),
					this.request.decimals(), false, qualifier, k.currency(), scale, e.unit, derivation,
					fromImplied ? Figure.DERIVED_FROM_IMPLIED : Figure.DERIVED, null, null, mergeSources(List.of(e, i)),
					List.of(), e.intervalAt(scale).minus(i.intervalAt(scale))));
		}
	}

	// --- changes
	// --------------------------------------------------------------------------------

	private void compareWithPreviousYear(Figure figure) {
		Period previousPeriod = figure.period.previousComparable();
		Figure previous = primary(
				new Key(figure.reporter.country(), figure.indicator, previousPeriod, figure.currency));
		List<StatedChange> stated = figure.stated;
		List<StatedChange> rates = statedRates(figure);
		if (previous != null && previous.impliedFrom == figure) {
			// all we know is the stated rate; the previous value is the one it implies
			BigDecimal percent = rates.get(0).percent();
			BigDecimal absolute = figure.value.subtract(previous.valueAt(figure.scale));
			figure.change = new TradeChange(Basis.STATED, previousPeriod, previous.displayValueAt(figure.scale), true,
					shown(absolute), percent, stated, null);
			flagJump(figure, percent, previousPeriod, true);
		}
		else if (previous != null) {
			compareWithStoredPrevious(figure, previous, previousPeriod, stated, rates);
		}
		else if (!rates.isEmpty()) {
			figure.change = new TradeChange(Basis.STATED, previousPeriod, null, false, null, rates.get(0).percent(),
					stated, "the previous value is not in the data, and the stated rate implies none");
		}
		else {
			figure.change = new TradeChange(Basis.NONE, previousPeriod, null, false, null, null, stated,
					noComparablePeriod(figure, previousPeriod));
		}
	}

	private void compareWithStoredPrevious(Figure figure, Figure previous, Period previousPeriod,
			List<StatedChange> stated, List<StatedChange> rates) {
		BigDecimal previousValue = previous.valueAt(figure.scale);
		TradeMath.Change change = TradeMath.change(figure.value, previousValue);
		figure.change = new TradeChange(Basis.COMPUTED, previousPeriod, previous.displayValueAt(figure.scale),
				previous.derived(), shown(change.absolute()),
				TradeMath.round(change.percent(), this.request.decimals()), stated, change.reason());
		if (change.signChanged()) {
			figure.flags.add(TradeFlag.warning(Code.SIGN_CHANGE,
					"changed sign from " + previous.describeAt(figure.scale) + " in " + previousPeriod.label() + " to "
							+ figure.describe() + " in " + figure.period.label()));
		}
		flagJump(figure, change.percent(), previousPeriod, false);
		if (figure.qualifier != ValueQualifier.EXACT || previous.qualifier != ValueQualifier.EXACT) {
			figure.flags.add(TradeFlag.info(Code.APPROXIMATE_VALUE,
					"the change on " + previousPeriod.label() + " uses a value the source qualifies: "
							+ figure.describe() + " against " + previous.describeAt(figure.scale)));
		}
		if (change.percent() == null || rates.isEmpty()) {
			// the rounding range only matters when a source states a rate to check
			return;
		}
		Interval range = TradeMath.percentChangeRange(figure.interval, previous.intervalAt(figure.scale));
		for (StatedChange rate : rates) {
			String computed = signed(shown(change.percent())) + "%";
			if (!TradeMath.statedRateAgrees(rate.percent(), range)) {
				figure.flags.add(TradeFlag.warning(Code.STATED_CHANGE_DISAGREES,
						rate.source() + " states " + signed(rate.percent()) + "% but the values give " + computed
								+ describeRange(range) + ", more than rounding explains"));
			}
			else if (range != null && TradeMath.round(change.percent(), Math.max(rate.percent().scale(), 0))
				.compareTo(rate.percent()) != 0) {
				figure.flags.add(TradeFlag.info(Code.STATED_CHANGE_WITHIN_ROUNDING,
						rate.source() + " states " + signed(rate.percent()) + "% and the values give " + computed
								+ describeRange(range) + "; rounding of the values explains the difference"));
			}
		}
	}

	private void flagJump(Figure figure, BigDecimal percent, Period previousPeriod, boolean stated) {
		if (TradeMath.isJump(percent, this.request.jumpThreshold())) {
			figure.flags.add(TradeFlag.warning(Code.JUMP, (stated ? "a source states a change of " : "changed by ")
					+ signed(TradeMath.round(percent, this.request.decimals())) + "% on " + previousPeriod.label()
					+ ", beyond the " + this.request.jumpThreshold().toPlainString() + "% threshold"));
		}
	}

	private String noComparablePeriod(Figure figure, Period previousPeriod) {
		String reason = "no comparable period: no " + previousPeriod.kind() + " figure for " + previousPeriod.label()
				+ " from reporter " + figure.reporter.country() + " in " + figure.currency;
		List<String> otherCurrencies = this.byKey.entrySet()
			.stream()
			.filter((e) -> !e.getValue().isEmpty() && e.getKey().reporter().equals(figure.reporter.country())
					&& e.getKey().indicator() == figure.indicator && e.getKey().period().equals(previousPeriod))
			.map((e) -> e.getKey().currency())
			.toList();
		return otherCurrencies.isEmpty() ? reason
				: reason + " (only in " + String.join(", ", otherCurrencies) + ", which is not converted)";
	}

	// --- consistency flags
	// ----------------------------------------------------------------------

	private void flagConflictingFigures() {
		for (List<Figure> sameKey : this.byKey.values()) {
			for (int a = 0; a < sameKey.size(); a++) {
				for (int b = a + 1; b < sameKey.size(); b++) {
					Figure x = sameKey.get(a);
					Figure y = sameKey.get(b);
					if (!sameValue(x, y)) {
						String message = "reporter " + x.reporter.country() + " has two values for " + x.indicator + " "
								+ x.period.label() + ": " + x.describe() + " and " + y.describe();
						x.flags.add(TradeFlag.warning(Code.CONFLICTING_FIGURES, message));
						y.flags.add(TradeFlag.warning(Code.CONFLICTING_FIGURES, message));
					}
				}
			}
		}
	}

	/** Turnover should be exports + imports; beyond rounding it is flagged. */
	private void flagTurnoverMismatches() {
		for (Figure t : this.figures) {
			if (t.indicator != TradeIndicator.TURNOVER || primary(t.key()) != t) {
				continue;
			}
			Figure e = primary(new Key(t.reporter.country(), TradeIndicator.EXPORTS, t.period, t.currency));
			Figure i = primary(new Key(t.reporter.country(), TradeIndicator.IMPORTS, t.period, t.currency));
			if (e == null || i == null) {
				continue;
			}
			Scale scale = Scale.finer(t.scale, Scale.finer(e.scale, i.scale));
			Interval sum = e.intervalAt(scale).plus(i.intervalAt(scale));
			Interval turnover = t.intervalAt(scale);
			if (!turnover.overlaps(sum)) {
				BigDecimal exactSum = e.valueAt(scale).add(i.valueAt(scale));
				BigDecimal shownSum = shown(exactSum);
				BigDecimal difference = shown(t.valueAt(scale).subtract(exactSum));
				t.flags.add(TradeFlag.warning(Code.TURNOVER_MISMATCH,
						"turnover " + t.describeAt(scale) + " differs from exports + imports = "
								+ e.displayValueAt(scale).toPlainString() + " + "
								+ i.displayValueAt(scale).toPlainString() + " = " + shownSum.toPlainString() + " by "
								+ signed(difference) + ", more than rounding explains" + tolerance(turnover, sum)));
			}
		}
	}

	/** Different reporters' figures for one flow and period, side by side. */
	private void flagReportersThatDiffer() {
		for (List<Figure> group : this.primariesByGroup.values()) {
			for (Figure a : group) {
				for (Figure b : group) {
					if (a.reporter.country().compareTo(b.reporter.country()) >= 0 || !a.currency.equals(b.currency)) {
						continue;
					}
					Scale scale = Scale.finer(a.scale, b.scale);
					if (!a.intervalAt(scale).overlaps(b.intervalAt(scale))) {
						String message = reportersDiffer(a, b, scale);
						a.flags.add(TradeFlag.warning(Code.REPORTERS_DIFFER, message));
						b.flags.add(TradeFlag.warning(Code.REPORTERS_DIFFER, message));
					}
				}
			}
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
	private void flagPartsExceedingWholes() {
		Map<FlowKey, List<Figure>> wholes = new LinkedHashMap<>();
		for (Figure whole : this.figures) {
			if (whole.period.kind() != PeriodKind.POINT_IN_TIME && primary(whole.key()) == whole) {
				wholes
					.computeIfAbsent(new FlowKey(whole.indicator, whole.reporter.country(), whole.currency),
							(k) -> new ArrayList<>())
					.add(whole);
			}
		}
		for (Figure part : this.figures) {
			if (!TRADE_FLOWS.contains(part.indicator) || part.period.kind() == PeriodKind.CUMULATIVE
					|| part.period.kind() == PeriodKind.POINT_IN_TIME || primary(part.key()) != part) {
				continue;
			}
			for (Figure whole : wholes.get(new FlowKey(part.indicator, part.reporter.country(), part.currency))) {
				if (whole.period.equals(part.period) || whole.period.start().isAfter(part.period.start())
						|| whole.period.end().isBefore(part.period.end())) {
					continue;
				}
				Scale scale = Scale.finer(part.scale, whole.scale);
				Interval p = part.intervalAt(scale);
				Interval w = whole.intervalAt(scale);
				if (p.low() != null && w.high() != null && p.low().compareTo(w.high()) > 0) {
					part.flags.add(TradeFlag.warning(Code.PART_EXCEEDS_WHOLE,
							part.indicator + " " + part.period.label() + " (" + part.describe() + ") exceeds "
									+ whole.period.label() + " (" + whole.describe() + ")"));
				}
			}
		}
	}

	// --- shaping results
	// ------------------------------------------------------------------------

	private TradePoint point(Figure f) {
		List<OtherReporterFigure> others = this.primariesByGroup
			.getOrDefault(new GroupKey(f.indicator, f.period), List.of())
			.stream()
			.filter((o) -> !o.reporter.country().equals(f.reporter.country()))
			.map((o) -> new OtherReporterFigure(o.reporter.country(), o.displayValue(), o.qualifier, o.currency,
					o.scale, o.derived()))
			.toList();
		return new TradePoint(f.indicator, f.period, f.displayValue(), f.qualifier, f.currency, f.scale, f.unit,
				f.reporter, f.derived(), f.derivation, f.change, others, List.copyOf(f.flags), f.sources);
	}

	private BalanceRow balanceRow(RowKey key, Map<TradeIndicator, Figure> measures) {
		Scale scale = measures.values().stream().map((f) -> f.scale).reduce(Scale::finer).orElseThrow();
		Figure exports = measures.get(TradeIndicator.EXPORTS);
		Figure imports = measures.get(TradeIndicator.IMPORTS);
		List<Figure> present = new ArrayList<>(measures.values());
		Set<TradeFlag> flags = new LinkedHashSet<>();
		present.forEach((f) -> flags.addAll(f.flags));
		TradeReporter reporter = present.stream()
			.filter((f) -> f.indicator != TradeIndicator.BALANCE)
			.map((f) -> f.reporter)
			.findFirst()
			.orElse(present.get(0).reporter);
		return new BalanceRow(reporter, key.period(), key.currency(), scale, measure(exports, scale),
				measure(imports, scale), measure(measures.get(TradeIndicator.TURNOVER), scale),
				measure(measures.get(TradeIndicator.BALANCE), scale), coverage(key, exports, imports),
				List.copyOf(flags), mergeSources(present));
	}

	private Measure measure(Figure f, Scale scale) {
		if (f == null) {
			return null;
		}
		TradeChange c = f.change;
		// restated at the row's scale, a computed number keeps the request's decimals
		TradeChange change = (f.scale == scale) ? c
				: new TradeChange(c.basis(), c.previousPeriod(),
						c.previousDerived() ? shown(convert(c.previousValue(), f.scale, scale))
								: convert(c.previousValue(), f.scale, scale),
						c.previousDerived(), shown(convert(c.absolute(), f.scale, scale)), c.percent(), c.stated(),
						c.reason());
		return new Measure(f.displayValueAt(scale), f.qualifier, f.derived(), f.derivation, change);
	}

	/** Exports as a percentage of imports; its change is in percentage points. */
	private Measure coverage(RowKey key, Figure exports, Figure imports) {
		if (exports == null || imports == null) {
			return null;
		}
		BigDecimal ratio = coverageRatio(exports, imports);
		if (ratio == null) {
			return null;
		}
		Period previousPeriod = key.period().previousComparable();
		Figure previousExports = primary(
				new Key(key.reporter(), TradeIndicator.EXPORTS, previousPeriod, key.currency()));
		Figure previousImports = primary(
				new Key(key.reporter(), TradeIndicator.IMPORTS, previousPeriod, key.currency()));
		BigDecimal previousRatio = (previousExports != null && previousImports != null)
				? coverageRatio(previousExports, previousImports) : null;
		int decimals = this.request.decimals();
		TradeChange change = (previousRatio != null)
				? new TradeChange(Basis.COMPUTED, previousPeriod, TradeMath.round(previousRatio, decimals),
						previousExports.derived() || previousImports.derived(),
						TradeMath.round(ratio.subtract(previousRatio), decimals), null, List.of(),
						"the change of a ratio is given in percentage points (absolute)")
				: new TradeChange(Basis.NONE, previousPeriod, null, false, null, null, List.of(),
						"no comparable period: no exports and imports for " + previousPeriod.label() + " from reporter "
								+ key.reporter() + " in " + key.currency());
		boolean approximate = exports.qualifier != ValueQualifier.EXACT || imports.qualifier != ValueQualifier.EXACT;
		return new Measure(TradeMath.round(ratio, decimals),
				approximate ? ValueQualifier.APPROXIMATE : ValueQualifier.EXACT, true,
				new Derivation(Derivation.Kind.EXPORTS_OVER_IMPORTS, "EXPORTS / IMPORTS x 100"), change);
	}

	private static BigDecimal coverageRatio(Figure exports, Figure imports) {
		Scale scale = Scale.finer(exports.scale, imports.scale);
		return TradeMath.coverageRatio(exports.valueAt(scale), imports.valueAt(scale));
	}

	private ComparisonGroup comparisonGroup(GroupKey key, List<Figure> group) {
		List<String> reporters = group.stream().map((f) -> f.reporter.country()).distinct().sorted().toList();
		String reference = reporters.contains(this.request.country()) ? this.request.country() : reporters.get(0);
		List<String> ordered = new ArrayList<>();
		ordered.add(reference);
		reporters.stream().filter((r) -> !r.equals(reference)).forEach(ordered::add);
		List<ComparedFigure> figures = group.stream()
			.sorted(Comparator.comparing((Figure f) -> ordered.indexOf(f.reporter.country()))
				.thenComparing((f) -> f.currency)
				.thenComparingInt((f) -> f.rank))
			.map((f) -> new ComparedFigure(f.reporter, f.displayValue(), f.qualifier, f.currency, f.scale, f.derived(),
					f.derivation, f.reporter.country().equals(reference) ? null : gap(f, key, reference), f.sources))
			.toList();
		Set<TradeFlag> flags = new LinkedHashSet<>();
		group.forEach(
				(f) -> f.flags.stream().filter((flag) -> flag.code() == Code.REPORTERS_DIFFER).forEach(flags::add));
		return new ComparisonGroup(key.indicator(), key.period(), reference, ordered, figures, List.copyOf(flags));
	}

	private Gap gap(Figure f, GroupKey key, String reference) {
		Figure ref = primary(new Key(reference, key.indicator(), key.period(), f.currency));
		if (ref == null) {
			return new Gap(reference, f.currency, f.scale, null, null, null, false, "no figure from " + reference
					+ " in " + f.currency + " to compare with; currencies are not converted");
		}
		Scale scale = Scale.finer(f.scale, ref.scale);
		BigDecimal value = f.valueAt(scale);
		BigDecimal refValue = ref.valueAt(scale);
		BigDecimal difference = shown(value.subtract(refValue));
		BigDecimal ratio = shown(TradeMath.ratio(value, refValue));
		BigDecimal percent = (refValue.signum() != 0)
				? TradeMath.round(TradeMath.percentChange(value, refValue), this.request.decimals()) : null;
		boolean beyondRounding = !f.intervalAt(scale).overlaps(ref.intervalAt(scale));
		List<String> notes = new ArrayList<>();
		if (f.derived() || ref.derived()) {
			notes.add("uses a derived value (" + (ref.derived() ? reference + ": " + ref.derivation.kind()
					: f.reporter.country() + ": " + f.derivation.kind()) + ")");
		}
		if (f.qualifier != ValueQualifier.EXACT || ref.qualifier != ValueQualifier.EXACT) {
			notes.add("uses a value the source qualifies ("
					+ ((f.qualifier != ValueQualifier.EXACT) ? f.qualifier : ref.qualifier) + ")");
		}
		return new Gap(reference, f.currency, scale, difference, ratio, percent, beyondRounding,
				notes.isEmpty() ? null : String.join("; ", notes));
	}

	// --- helpers
	// --------------------------------------------------------------------------------

	/**
	 * The figure that stands for a key: stored before mirrored before derived; among
	 * equals the first read.
	 */
	private Figure primary(Key key) {
		return (this.primaries != null) ? this.primaries.get(key) : firstOfLowestRank(this.byKey.get(key));
	}

	private static Figure firstOfLowestRank(List<Figure> candidates) {
		Figure best = null;
		if (candidates != null) {
			for (Figure f : candidates) {
				if (best == null || f.rank < best.rank) {
					best = f;
				}
			}
		}
		return best;
	}

	/** A figure added or removed after fixPrimaries() would make both maps stale. */
	private void forgetPrimaries() {
		this.primaries = null;
		this.primariesByGroup = null;
	}

	/** Fixes each key's primary figure once all figures are in. */
	private void fixPrimaries() {
		Map<Key, Figure> fixed = new HashMap<>();
		this.byKey.forEach((key, candidates) -> {
			Figure primary = firstOfLowestRank(candidates);
			if (primary != null) {
				fixed.put(key, primary);
			}
		});
		Map<GroupKey, List<Figure>> groups = new LinkedHashMap<>();
		for (Figure f : this.figures) {
			if (fixed.get(f.key()) == f) {
				groups.computeIfAbsent(new GroupKey(f.indicator, f.period), (k) -> new ArrayList<>()).add(f);
			}
		}
		this.primaries = fixed;
		this.primariesByGroup = groups;
	}

	private boolean inRange(Figure f) {
		return this.request.includesYear(f.period.endYear());
	}

	private static List<StatedChange> statedRates(Figure figure) {
		return figure.stated.stream().filter((s) -> s.percent() != null).toList();
	}

	private static boolean sameValue(Figure a, Figure b) {
		Scale scale = Scale.finer(a.scale, b.scale);
		return a.valueAt(scale).compareTo(b.valueAt(scale)) == 0;
	}

	private static List<SourceRef> mergeSources(List<Figure> figures) {
		Map<String, SourceRef> bySlug = new TreeMap<>();
		figures.forEach((f) -> f.sources.forEach((s) -> bySlug.putIfAbsent(s.id(), s)));
		return List.copyOf(bySlug.values());
	}

	private static BigDecimal convert(BigDecimal value, Scale from, Scale to) {
		return (value != null) ? from.convert(value, to) : null;
	}

	/**
	 * A number the analysis computed, as it leaves the API: with the request's decimals
	 * (a stored value is never passed here; it keeps the digits its source printed).
	 */
	private BigDecimal shown(BigDecimal computed) {
		return TradeMath.round(computed, this.request.decimals());
	}

	private static String inputs(Figure exports, Figure imports) {
		return (exports.derivedAs().equals(imports.derivedAs())) ? exports.derivedAs()
				: exports.derivedAs() + " and " + imports.derivedAs();
	}

	private static String signed(BigDecimal value) {
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

	/** One balance row: a reporter's period in one currency. */
	private record RowKey(String reporter, Period period, String currency) {
	}

	/** One comparison group: an indicator and a period. */
	private record GroupKey(TradeIndicator indicator, Period period) {
	}

	/** One reporter's flow in one currency, across periods. */
	private record FlowKey(TradeIndicator indicator, String reporter, String currency) {
	}

}
