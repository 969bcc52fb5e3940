package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.trade.analysis.Figure.Key;

/**
 * The figures of one request from the requested country's side, built once and never
 * changed: the stored figures read from this side, the partner's mirrored (unless the
 * same reporter stored the same value from this side), the previous values stated rates
 * imply, and the balances; with the look-ups every change, check and view asks for (each
 * key's figures and the one that stands for it, each indicator and period's standing
 * figures), so none of them scans all figures per figure.
 */
final class FigureIndex {

	private static final Comparator<Figure> ORDER = Comparator.comparing((Figure f) -> f.indicator.ordinal())
		.thenComparing((f) -> f.period.end())
		.thenComparing((f) -> f.period.start())
		.thenComparing((f) -> f.reporter.country())
		.thenComparing((f) -> f.currency)
		.thenComparingInt((f) -> f.rank);

	final TradeRequest request;

	/** Every figure, by indicator, period end and start, reporter, currency and rank. */
	final List<Figure> figures;

	/** Each key's figures in the order they were read or derived. */
	private final Map<Key, List<Figure>> byKey;

	/**
	 * The figure standing for each key: stored before mirrored before derived; among
	 * equals the first read.
	 */
	private final Map<Key, Figure> primaries;

	/** Each indicator and period's primary figures, in figure order. */
	private final Map<GroupKey, List<Figure>> primariesByGroup;

	/**
	 * Each reporter's flow in one currency: its primary figures over a span of time (not
	 * a point in time), in figure order; what a part of a period is checked against.
	 */
	private final Map<FlowKey, List<Figure>> wholes;

	/**
	 * The currencies a reporter has figures of an indicator and period in, in key order.
	 */
	private final Map<GroupKey, Map<String, List<String>>> currencies;

	private FigureIndex(TradeRequest request, List<Figure> figures, Map<Key, List<Figure>> byKey) {
		this.request = request;
		this.figures = List.copyOf(figures);
		this.byKey = byKey;
		Map<Key, Figure> primaries = new HashMap<>();
		Map<GroupKey, Map<String, List<String>>> currencies = new HashMap<>();
		byKey.forEach((key, candidates) -> {
			primaries.put(key, firstOfLowestRank(candidates));
			currencies.computeIfAbsent(new GroupKey(key.indicator(), key.period()), (k) -> new HashMap<>())
				.computeIfAbsent(key.reporter(), (r) -> new ArrayList<>())
				.add(key.currency());
		});
		Map<GroupKey, List<Figure>> groups = new LinkedHashMap<>();
		Map<FlowKey, List<Figure>> wholes = new HashMap<>();
		for (Figure f : this.figures) {
			if (primaries.get(f.key) == f) {
				groups.computeIfAbsent(new GroupKey(f.indicator, f.period), (k) -> new ArrayList<>()).add(f);
				if (f.period.kind() != PeriodKind.POINT_IN_TIME) {
					wholes
						.computeIfAbsent(new FlowKey(f.indicator, f.reporter.country(), f.currency),
								(k) -> new ArrayList<>())
						.add(f);
				}
			}
		}
		this.primaries = primaries;
		this.primariesByGroup = groups;
		this.wholes = wholes;
		this.currencies = currencies;
	}

	/** Indexes the figures one query read for the request. */
	static FigureIndex of(TradeRequest request, List<FigureRow> rows) {
		List<Figure> figures = new ArrayList<>(rows.size() + 8);
		Map<Key, List<Figure>> byKey = new LinkedHashMap<>();
		for (FigureRow row : rows) {
			boolean mirrored = !row.storedCountry().equals(request.country());
			// investment into the partner says nothing about investment into the country
			if (!mirrored || row.indicator().mirrored() != null) {
				add(figures, byKey, fromRow(row, mirrored));
			}
		}
		dropMirroredDuplicates(figures, byKey);
		addImpliedPreviousValues(request, figures, byKey);
		addBalances(request, figures, byKey);
		figures.sort(ORDER);
		return new FigureIndex(request, figures, byKey);
	}

	/** The figure standing for a key, or null when there is none. */
	Figure primary(Key key) {
		return this.primaries.get(key);
	}

	boolean isPrimary(Figure f) {
		return this.primaries.get(f.key) == f;
	}

	/** The figure standing for the same reporter, flow and currency a year before. */
	Figure previous(Figure f) {
		return this.primaries
			.get(new Key(f.reporter.country(), f.indicator, f.period.previousComparable(), f.currency));
	}

	/** Every figure of the key, in the order they were read or derived. */
	List<Figure> sameKey(Figure f) {
		return this.byKey.get(f.key);
	}

	/** The primary figures of every reporter for one indicator and period. */
	List<Figure> primariesOf(TradeIndicator indicator, Period period) {
		return this.primariesByGroup.getOrDefault(new GroupKey(indicator, period), List.of());
	}

	/** The reporter's primary figures of the flow over spans of time, in figure order. */
	List<Figure> wholesOf(Figure part) {
		return this.wholes.getOrDefault(new FlowKey(part.indicator, part.reporter.country(), part.currency), List.of());
	}

	/** The currencies the reporter has figures of the indicator and period in. */
	List<String> currenciesOf(String reporter, TradeIndicator indicator, Period period) {
		return this.currencies.getOrDefault(new GroupKey(indicator, period), Map.of())
			.getOrDefault(reporter, List.of());
	}

	boolean inRange(Figure f) {
		return this.request.includesYear(f.period.endYear());
	}

	// --- building the figures
	// -------------------------------------------------------------------

	private static Figure fromRow(FigureRow row, boolean mirrored) {
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

	private static void add(List<Figure> figures, Map<Key, List<Figure>> byKey, Figure figure) {
		figures.add(figure);
		byKey.computeIfAbsent(figure.key, (k) -> new ArrayList<>(2)).add(figure);
	}

	/** A reporter's flow stored from both sides with one value counts once. */
	private static void dropMirroredDuplicates(List<Figure> figures, Map<Key, List<Figure>> byKey) {
		figures.removeIf((mirrored) -> {
			List<Figure> sameKey = byKey.get(mirrored.key);
			boolean duplicate = mirrored.rank == Figure.MIRRORED
					&& sameKey.stream().anyMatch((f) -> f.rank == Figure.STORED && sameValue(f, mirrored));
			if (duplicate) {
				sameKey.remove(mirrored);
			}
			return duplicate;
		});
	}

	/**
	 * Where a source states a growth rate and the same period of the previous year is not
	 * stored, the previous value the rate implies: value / (1 + rate / 100). Only the
	 * first figure (in the order read) implying a period adds it.
	 */
	private static void addImpliedPreviousValues(TradeRequest request, List<Figure> figures,
			Map<Key, List<Figure>> byKey) {
		for (Figure figure : List.copyOf(figures)) {
			List<StatedChange> rates = statedRates(figure);
			if (rates.isEmpty()) {
				continue;
			}
			Period previousPeriod = figure.period.previousComparable();
			Key previousKey = new Key(figure.reporter.country(), figure.indicator, previousPeriod, figure.currency);
			if (byKey.containsKey(previousKey)) {
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
			add(figures, byKey,
					new Figure(figure.reporter, figure.indicator, previousPeriod, implied, request.decimals(), false,
							figure.qualifier, figure.currency, figure.scale, figure.unit, derivation,
							Figure.DERIVED_FROM_IMPLIED, figure, null, figure.sources, List.of(),
							(range != null) ? range : new Interval(null, null)));
		}
	}

	/**
	 * BALANCE = EXPORTS - IMPORTS of one reporter, period and currency, from the figures
	 * standing for each.
	 */
	private static void addBalances(TradeRequest request, List<Figure> figures, Map<Key, List<Figure>> byKey) {
		List<Figure> balances = new ArrayList<>();
		for (Figure e : figures) {
			if (e.indicator != TradeIndicator.EXPORTS || firstOfLowestRank(byKey.get(e.key)) != e) {
				continue;
			}
			Figure i = firstOfLowestRank(
					byKey.get(new Key(e.reporter.country(), TradeIndicator.IMPORTS, e.period, e.currency)));
			if (i != null) {
				balances.add(balance(request, e, i));
			}
		}
		balances.forEach((b) -> add(figures, byKey, b));
	}

	private static Figure balance(TradeRequest request, Figure e, Figure i) {
		Scale scale = Scale.finer(e.scale, i.scale);
		ValueQualifier qualifier = (e.qualifier == ValueQualifier.EXACT && i.qualifier == ValueQualifier.EXACT)
				? ValueQualifier.EXACT : ValueQualifier.APPROXIMATE;
		Derivation derivation = new Derivation(Derivation.Kind.EXPORTS_MINUS_IMPORTS,
				"EXPORTS - IMPORTS = " + e.displayValueAt(scale).toPlainString() + " - "
						+ i.displayValueAt(scale).toPlainString()
						+ ((e.derived() || i.derived()) ? ", from " + inputs(e, i) + " values" : ""));
		boolean fromImplied = e.rank == Figure.DERIVED_FROM_IMPLIED || i.rank == Figure.DERIVED_FROM_IMPLIED;
		boolean sameAgency = Objects.equals(e.reporter.agency(), i.reporter.agency());
		TradeReporter reporter = new TradeReporter(e.reporter.country(), e.reporter.stated() && i.reporter.stated(),
				sameAgency ? e.reporter.agency() : null, sameAgency ? e.reporter.agencyName() : null);
		return new Figure(reporter, TradeIndicator.BALANCE, e.period, e.valueAt(scale).subtract(i.valueAt(scale)),
				request.decimals(), false, qualifier, e.currency, scale, e.unit, derivation,
				fromImplied ? Figure.DERIVED_FROM_IMPLIED : Figure.DERIVED, null, null, mergeSources(List.of(e, i)),
				List.of(), e.intervalAt(scale).minus(i.intervalAt(scale)));
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

	static List<StatedChange> statedRates(Figure figure) {
		if (figure.stated.isEmpty()) {
			return List.of();
		}
		return figure.stated.stream().filter((s) -> s.percent() != null).toList();
	}

	static boolean sameValue(Figure a, Figure b) {
		Scale scale = Scale.finer(a.scale, b.scale);
		return a.valueAt(scale).compareTo(b.valueAt(scale)) == 0;
	}

	static List<SourceRef> mergeSources(List<Figure> figures) {
		Map<String, SourceRef> bySlug = new TreeMap<>();
		figures.forEach((f) -> f.sources.forEach((s) -> bySlug.putIfAbsent(s.id(), s)));
		return List.copyOf(bySlug.values());
	}

	private static String inputs(Figure exports, Figure imports) {
		return (exports.derivedAs().equals(imports.derivedAs())) ? exports.derivedAs()
				: exports.derivedAs() + " and " + imports.derivedAs();
	}

	/** One comparison group: an indicator and a period. */
	record GroupKey(TradeIndicator indicator, Period period) {
	}

	/** One reporter's flow in one currency, across periods. */
	private record FlowKey(TradeIndicator indicator, String reporter, String currency) {
	}

}
