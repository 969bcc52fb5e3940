package org.kzcz.relations.trade.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.trade.analysis.BalanceRow.Measure;
import org.kzcz.relations.trade.analysis.BalanceRow;
import org.kzcz.relations.trade.analysis.ComparisonGroup.ComparedFigure;
import org.kzcz.relations.trade.analysis.ComparisonGroup;
import org.kzcz.relations.trade.analysis.Derivation;
import org.kzcz.relations.trade.analysis.Period;
import org.kzcz.relations.trade.analysis.PeriodKind;
import org.kzcz.relations.trade.analysis.Scale;
import org.kzcz.relations.trade.analysis.TradeFlag;
import org.kzcz.relations.trade.analysis.TradeIndicator;
import org.kzcz.relations.trade.analysis.TradePoint;
import org.kzcz.relations.trade.analysis.TradeRequest;

/**
 * What a trade chart shows, read from one of the three trade answers: its titles, its
 * marks (one per value, each in its own currency and scale, never converted between
 * currencies) and the sources behind them. {@link TradeSvg} draws it.
 *
 * @param title the chart's title: the pair and what is measured
 * @param subtitle the years and how to read the values
 * @param kind lines over time (series) or bar groups per period (balance, comparison)
 * @param marks every value drawn
 * @param sources every source cited by a drawn value, once each
 */
record TradeChart(String title, String subtitle, Kind kind, List<Mark> marks, List<SourceRef> sources) {

	enum Kind {

		LINES, BARS

	}

	/**
	 * One value to draw.
	 *
	 * @param currency its currency (a panel of its own per currency)
	 * @param scale its scale, as stated
	 * @param group what picks its colour: the reporter and indicator (or measure)
	 * @param series the line or bar series it belongs to: the group, and the period's
	 * form or the derivation where they set it apart
	 * @param category the bar group (period label), for bars
	 * @param at where on the time axis, for lines (the period's end)
	 * @param value the value in {@code scale}
	 * @param partial over part of a year (a partial year, quarter or half)
	 * @param derived not stated by a source of this reporter (implied or mirrored)
	 * @param flagged with a warning flag
	 * @param joined whether a line joins it to its neighbours (not for cumulative totals
	 * or stocks)
	 */
	record Mark(String currency, Scale scale, String group, String series, String category, LocalDate at,
			BigDecimal value, boolean partial, boolean derived, boolean flagged, boolean joined) {
	}

	static TradeChart of(TradeSeriesResponse series) {
		List<Mark> marks = new ArrayList<>();
		List<SourceRef> sources = new ArrayList<>();
		for (TradePoint point : series.points()) {
			if (point.value() == null || point.currency() == null || point.scale() == null) {
				continue;
			}
			Period period = point.period();
			String group = point.reporter().country() + " " + point.indicator();
			String name = group + form(period) + derivation(point.derivation());
			marks.add(new Mark(point.currency(), point.scale(), group, name, null, period.end(), point.value(),
					period.partial(), point.derived(), warned(point.flags()), joined(period)));
			sources.addAll(point.sources());
		}
		TradeRequest request = series.request();
		return new TradeChart(pair(request) + ": " + indicators(request.indicators()), subtitle(request, "series"),
				Kind.LINES, marks, distinct(sources));
	}

	static TradeChart of(TradeBalanceResponse balance) {
		List<Mark> marks = new ArrayList<>();
		List<SourceRef> sources = new ArrayList<>();
		for (BalanceRow row : balance.rows()) {
			if (row.currency() == null || row.scale() == null) {
				continue;
			}
			boolean flagged = warned(row.flags());
			Map<String, Measure> measures = new LinkedHashMap<>();
			measures.put("exports", row.exports());
			measures.put("imports", row.imports());
			measures.put("balance", row.balance());
			measures.forEach((name, measure) -> {
				if (measure != null && measure.value() != null) {
					String group = row.reporter().country() + " " + name;
					marks.add(new Mark(row.currency(), row.scale(), group, group + derivation(measure.derivation()),
							label(row.period()), row.period().end(), measure.value(), row.period().partial(),
							measure.derived(), flagged, true));
				}
			});
			sources.addAll(row.sources());
		}
		return new TradeChart(pair(balance.request()) + ": exports, imports and balance",
				subtitle(balance.request(), "balance (turnover and coverage ratio: JSON or CSV)"), Kind.BARS, marks,
				distinct(sources));
	}

	static TradeChart of(TradeComparisonResponse comparison) {
		List<Mark> marks = new ArrayList<>();
		List<SourceRef> sources = new ArrayList<>();
		List<TradeIndicator> indicators = new ArrayList<>();
		for (ComparisonGroup group : comparison.groups()) {
			if (!indicators.contains(group.indicator())) {
				indicators.add(group.indicator());
			}
		}
		for (ComparisonGroup group : comparison.groups()) {
			boolean flagged = warned(group.flags());
			String category = ((indicators.size() > 1) ? group.indicator() + " " : "") + label(group.period());
			for (ComparedFigure figure : group.figures()) {
				if (figure.value() == null || figure.currency() == null || figure.scale() == null) {
					continue;
				}
				String reporter = "reported by " + figure.reporter().country();
				marks.add(new Mark(figure.currency(), figure.scale(), reporter,
						reporter + derivation(figure.derivation()), category, group.period().end(), figure.value(),
						group.period().partial(), figure.derived(), flagged, true));
				sources.addAll(figure.sources());
			}
		}
		return new TradeChart(pair(comparison.request()) + ": " + indicators(indicators) + ", reporter by reporter",
				subtitle(comparison.request(), "comparison"), Kind.BARS, marks, distinct(sources));
	}

	/** How a line tells periods of another form from whole years. */
	private static String form(Period period) {
		if (period.kind() == PeriodKind.YEAR) {
			return "";
		}
		if (period.partial()) {
			String label = period.label();
			String withoutYear = label.replace(String.valueOf(period.start().getYear()), "").trim();
			return " " + (withoutYear.isEmpty() ? label : withoutYear) + " (partial)";
		}
		return (period.kind() == PeriodKind.CUMULATIVE) ? " (cumulative)" : " (stock)";
	}

	private static String derivation(Derivation derivation) {
		if (derivation == null) {
			return "";
		}
		return switch (derivation.kind()) {
			case MIRRORED -> " (mirrored)";
			case IMPLIED_BY_STATED_CHANGE, EXPORTS_MINUS_IMPORTS, EXPORTS_OVER_IMPORTS -> "";
		};
	}

	private static String label(Period period) {
		return period.label() + (period.partial() ? " (partial)" : "");
	}

	private static boolean joined(Period period) {
		return period.kind() != PeriodKind.CUMULATIVE && period.kind() != PeriodKind.POINT_IN_TIME;
	}

	private static boolean warned(List<TradeFlag> flags) {
		return flags != null && flags.stream().anyMatch((flag) -> flag.severity() == TradeFlag.Severity.WARNING);
	}

	private static String pair(TradeRequest request) {
		return request.country() + "–" + request.partner();
	}

	private static String indicators(List<TradeIndicator> indicators) {
		if (indicators == null || indicators.isEmpty()) {
			return "every indicator";
		}
		return indicators.stream().map(Enum::name).collect(Collectors.joining(", "));
	}

	private static String subtitle(TradeRequest request, String what) {
		String years = (request.from() == null && request.to() == null) ? "all years"
				: (request.from() == null) ? "up to " + request.to()
						: (request.to() == null) ? request.from() + " onwards" : request.from().equals(request.to())
								? String.valueOf(request.from()) : request.from() + "–" + request.to();
		String reporter = (request.reporter() == null) ? "every reporter" : "reported by " + request.reporter();
		return "Trade " + what + ", flows from " + request.country() + "'s side; " + years + "; " + reporter
				+ "; each currency on its own axis, never converted";
	}

	private static List<SourceRef> distinct(List<SourceRef> sources) {
		Map<String, SourceRef> byId = new LinkedHashMap<>();
		for (SourceRef source : sources) {
			byId.putIfAbsent(source.id(), source);
		}
		return List.copyOf(byId.values());
	}

}
