package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kzcz.relations.trade.analysis.BalanceRow.Measure;
import org.kzcz.relations.trade.analysis.ComparisonGroup.ComparedFigure;
import org.kzcz.relations.trade.analysis.ComparisonGroup.Gap;
import org.kzcz.relations.trade.analysis.Figure.Key;
import org.kzcz.relations.trade.analysis.FigureChecks.Assessed;
import org.kzcz.relations.trade.analysis.FigureIndex.GroupKey;
import org.kzcz.relations.trade.analysis.TradeChange.Basis;
import org.kzcz.relations.trade.analysis.TradePoint.OtherReporterFigure;

/**
 * Everything the trade endpoints compute, as views of the figures one query read: the
 * figures are indexed once ({@link FigureIndex}: mirrored, implied previous values and
 * balances included), each figure's change and flags are functions of that index
 * ({@link FigureChecks}), and the series, balance, comparison and flag views are built
 * from the two. Nothing is filled in later, so no view depends on another having run.
 * Pure: no Spring, no database, so the arithmetic is tested on hand-worked cases.
 */
public final class TradeAnalysis {

	private static final Set<TradeIndicator> BALANCE_MEASURES = EnumSet.of(TradeIndicator.EXPORTS,
			TradeIndicator.IMPORTS, TradeIndicator.TURNOVER, TradeIndicator.BALANCE);

	private final TradeRequest request;

	private final FigureIndex index;

	private final FigureChecks checks;

	private TradeAnalysis(TradeRequest request, List<FigureRow> rows) {
		this.request = request;
		this.index = FigureIndex.of(request, rows);
		this.checks = new FigureChecks(this.index);
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
		List<TradePoint> points = new ArrayList<>();
		for (Figure f : this.index.figures) {
			if (indicators.contains(f.indicator) && this.index.inRange(f)) {
				points.add(point(this.checks.assess(f)));
			}
		}
		return points;
	}

	/**
	 * Exports, imports, turnover, balance and coverage per reporter, period and currency.
	 */
	public List<BalanceRow> balance() {
		Map<RowKey, Map<TradeIndicator, Figure>> rows = new LinkedHashMap<>();
		for (Figure f : this.index.figures) {
			if (BALANCE_MEASURES.contains(f.indicator) && this.index.inRange(f) && this.index.isPrimary(f)) {
				rows.computeIfAbsent(new RowKey(f.reporter.country(), f.period, f.currency),
						(k) -> new EnumMap<>(TradeIndicator.class))
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
		this.index.figures.stream()
			.filter((f) -> indicators.contains(f.indicator) && this.index.inRange(f))
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
		List<FlaggedFigure> flagged = new ArrayList<>();
		for (Figure f : this.index.figures) {
			Assessed assessed = this.checks.assess(f);
			if (!assessed.flags().isEmpty()) {
				flagged.add(new FlaggedFigure(point(assessed), (f.rank == Figure.STORED) ? f.storedId : null));
			}
		}
		return flagged;
	}

	/** The flags of each figure stored from the requested country's side, by its id. */
	public Map<Long, List<TradeFlag>> flagsOfStoredFigures() {
		Map<Long, List<TradeFlag>> flags = new HashMap<>();
		for (Figure f : this.index.figures) {
			if (f.rank == Figure.STORED && f.storedId != null) {
				flags.computeIfAbsent(f.storedId, (id) -> new ArrayList<>()).addAll(this.checks.assess(f).flags());
			}
		}
		return flags;
	}

	// --- shaping results
	// ------------------------------------------------------------------------

	private TradePoint point(Assessed assessed) {
		Figure f = assessed.figure();
		List<OtherReporterFigure> others = new ArrayList<>();
		for (Figure o : this.index.primariesOf(f.indicator, f.period)) {
			if (!o.reporter.country().equals(f.reporter.country())) {
				others.add(new OtherReporterFigure(o.reporter.country(), o.displayValue(), o.qualifier, o.currency,
						o.scale, o.derived()));
			}
		}
		return new TradePoint(f.indicator, f.period, f.displayValue(), f.qualifier, f.currency, f.scale, f.unit,
				f.reporter, f.derived(), f.derivation, assessed.change(), others, assessed.flags(), f.sources);
	}

	private BalanceRow balanceRow(RowKey key, Map<TradeIndicator, Figure> measures) {
		Scale scale = measures.values().stream().map((f) -> f.scale).reduce(Scale::finer).orElseThrow();
		Figure exports = measures.get(TradeIndicator.EXPORTS);
		Figure imports = measures.get(TradeIndicator.IMPORTS);
		List<Figure> present = new ArrayList<>(measures.values());
		Map<TradeIndicator, TradeChange> changes = new EnumMap<>(TradeIndicator.class);
		Set<TradeFlag> flags = new LinkedHashSet<>();
		for (Figure f : present) {
			Assessed assessed = this.checks.assess(f);
			changes.put(f.indicator, assessed.change());
			flags.addAll(assessed.flags());
		}
		TradeReporter reporter = present.stream()
			.filter((f) -> f.indicator != TradeIndicator.BALANCE)
			.map((f) -> f.reporter)
			.findFirst()
			.orElse(present.get(0).reporter);
		return new BalanceRow(reporter, key.period(), key.currency(), scale, measure(exports, changes, scale),
				measure(imports, changes, scale), measure(measures.get(TradeIndicator.TURNOVER), changes, scale),
				measure(measures.get(TradeIndicator.BALANCE), changes, scale), coverage(key, exports, imports),
				List.copyOf(flags), FigureIndex.mergeSources(present));
	}

	private Measure measure(Figure f, Map<TradeIndicator, TradeChange> changes, Scale scale) {
		if (f == null) {
			return null;
		}
		TradeChange c = changes.get(f.indicator);
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
		Figure previousExports = this.index.previous(exports);
		Figure previousImports = this.index.previous(imports);
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
		group.forEach((f) -> flags.addAll(this.checks.reportersDiffer(f)));
		return new ComparisonGroup(key.indicator(), key.period(), reference, ordered, figures, List.copyOf(flags));
	}

	private Gap gap(Figure f, GroupKey key, String reference) {
		Figure ref = this.index.primary(new Key(reference, key.indicator(), key.period(), f.currency));
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

	private static BigDecimal convert(BigDecimal value, Scale from, Scale to) {
		return (value != null) ? from.convert(value, to) : null;
	}

	private BigDecimal shown(BigDecimal computed) {
		return this.checks.shown(computed);
	}

	/** One balance row: a reporter's period in one currency. */
	private record RowKey(String reporter, Period period, String currency) {
	}

}
