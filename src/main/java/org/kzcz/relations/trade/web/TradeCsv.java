package org.kzcz.relations.trade.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.trade.analysis.BalanceRow.Measure;
import org.kzcz.relations.trade.analysis.BalanceRow;
import org.kzcz.relations.trade.analysis.ComparisonGroup.ComparedFigure;
import org.kzcz.relations.trade.analysis.ComparisonGroup.Gap;
import org.kzcz.relations.trade.analysis.ComparisonGroup;
import org.kzcz.relations.trade.analysis.Derivation;
import org.kzcz.relations.trade.analysis.Period;
import org.kzcz.relations.trade.analysis.StatedChange;
import org.kzcz.relations.trade.analysis.TradeChange;
import org.kzcz.relations.trade.analysis.TradeFlag;
import org.kzcz.relations.trade.analysis.TradePoint.OtherReporterFigure;
import org.kzcz.relations.trade.analysis.TradePoint;
import org.kzcz.relations.trade.analysis.TradeReporter;
import org.kzcz.relations.trade.web.TradeFlagsResponse.FlagEntry;

/**
 * The CSV layouts of the trade responses: one row per point (series), per reporter and
 * period (balance) or per reporter's figure (comparison), with the same fields as the
 * JSON. Nested objects become prefixed columns; lists are joined within one cell with
 * {@code "; "} (flags as {@code CODE: message}, sources as their ids).
 */
final class TradeCsv {

	static final String LIST_SEPARATOR = "; ";

	static final CsvTable<TradePoint> SERIES = new CsvTable<TradePoint>().column("indicator", TradePoint::indicator)
		.columns("period", period(), TradePoint::period)
		.column("value", TradePoint::value)
		.column("valueQualifier", TradePoint::valueQualifier)
		.column("currency", TradePoint::currency)
		.column("scale", TradePoint::scale)
		.column("unit", TradePoint::unit)
		.columns("reporter", reporter(), TradePoint::reporter)
		.column("derived", TradePoint::derived)
		.columns("derivation", derivation(), TradePoint::derivation)
		.columns("change", change(), TradePoint::change)
		.column("otherReporters", (p) -> otherReporters(p.otherReporters()))
		.column("flags", (p) -> flags(p.flags()))
		.column("sources", (p) -> sources(p.sources()));

	static final CsvTable<BalanceRow> BALANCE = new CsvTable<BalanceRow>()
		.columns("reporter", reporter(), BalanceRow::reporter)
		.columns("period", period(), BalanceRow::period)
		.column("currency", BalanceRow::currency)
		.column("scale", BalanceRow::scale)
		.columns("exports", measure(), BalanceRow::exports)
		.columns("imports", measure(), BalanceRow::imports)
		.columns("turnover", measure(), BalanceRow::turnover)
		.columns("balance", measure(), BalanceRow::balance)
		.columns("coverageRatio", measure(), BalanceRow::coverageRatio)
		.column("flags", (r) -> flags(r.flags()))
		.column("sources", (r) -> sources(r.sources()));

	static final CsvTable<ComparisonRow> COMPARISON = new CsvTable<ComparisonRow>()
		.column("indicator", (r) -> r.group().indicator())
		.columns("period", period(), (r) -> r.group().period())
		.column("referenceReporter", (r) -> r.group().referenceReporter())
		.columns("reporter", reporter(), (r) -> r.figure().reporter())
		.column("value", (r) -> r.figure().value())
		.column("valueQualifier", (r) -> r.figure().valueQualifier())
		.column("currency", (r) -> r.figure().currency())
		.column("scale", (r) -> r.figure().scale())
		.column("derived", (r) -> r.figure().derived())
		.columns("derivation", derivation(), (r) -> r.figure().derivation())
		.columns("gap", gap(), (r) -> r.figure().gap())
		.column("flags", (r) -> flags(r.group().flags()))
		.column("sources", (r) -> sources(r.figure().sources()));

	static final CsvTable<FlagEntry> FLAGS = new CsvTable<FlagEntry>().column("country", FlagEntry::country)
		.column("partner", FlagEntry::partner)
		.column("code", FlagEntry::code)
		.column("severity", FlagEntry::severity)
		.column("message", FlagEntry::message)
		.column("indicator", FlagEntry::indicator)
		.columns("period", period(), FlagEntry::period)
		.columns("reporter", reporter(), FlagEntry::reporter)
		.column("value", FlagEntry::value)
		.column("valueQualifier", FlagEntry::valueQualifier)
		.column("currency", FlagEntry::currency)
		.column("scale", FlagEntry::scale)
		.column("derived", FlagEntry::derived)
		.columns("derivation", derivation(), FlagEntry::derivation)
		.column("figureId", FlagEntry::figureId)
		.column("figure", FlagEntry::figure)
		.column("series", FlagEntry::series)
		.column("sources", (f) -> sources(f.sources()));

	private TradeCsv() {
	}

	static List<TradePoint> rows(TradeSeriesResponse response) {
		return response.points();
	}

	static List<BalanceRow> rows(TradeBalanceResponse response) {
		return response.rows();
	}

	static List<ComparisonRow> rows(TradeComparisonResponse response) {
		List<ComparisonRow> rows = new ArrayList<>();
		for (ComparisonGroup group : response.groups()) {
			for (ComparedFigure figure : group.figures()) {
				rows.add(new ComparisonRow(group, figure));
			}
		}
		return rows;
	}

	private static CsvTable<Period> period() {
		return new CsvTable<Period>().column("kind", Period::kind)
			.column("start", Period::start)
			.column("end", Period::end)
			.column("label", Period::label)
			.column("partial", Period::partial)
			.column("cumulative", Period::cumulative);
	}

	private static CsvTable<TradeReporter> reporter() {
		return new CsvTable<TradeReporter>().column("country", TradeReporter::country)
			.column("stated", TradeReporter::stated)
			.column("agency", TradeReporter::agency);
	}

	private static CsvTable<Derivation> derivation() {
		return new CsvTable<Derivation>().column("kind", Derivation::kind).column("rule", Derivation::rule);
	}

	private static CsvTable<TradeChange> change() {
		return new CsvTable<TradeChange>().column("basis", TradeChange::basis)
			.column("previousPeriodStart", (c) -> c.previousPeriod().start())
			.column("previousPeriodEnd", (c) -> c.previousPeriod().end())
			.column("previousValue", TradeChange::previousValue)
			.column("previousDerived", TradeChange::previousDerived)
			.column("absolute", TradeChange::absolute)
			.column("percent", TradeChange::percent)
			.column("stated", (c) -> stated(c.stated()))
			.column("reason", TradeChange::reason);
	}

	private static CsvTable<Measure> measure() {
		return new CsvTable<Measure>().column("value", Measure::value)
			.column("valueQualifier", Measure::valueQualifier)
			.column("derived", Measure::derived)
			.column("derivation", (m) -> (m.derivation() != null) ? m.derivation().rule() : null)
			.columns("change", change(), Measure::change);
	}

	private static CsvTable<Gap> gap() {
		return new CsvTable<Gap>().column("against", Gap::against)
			.column("scale", Gap::scale)
			.column("difference", Gap::difference)
			.column("ratio", Gap::ratio)
			.column("percent", Gap::percent)
			.column("beyondRounding", Gap::beyondRounding)
			.column("note", Gap::note);
	}

	private static String flags(List<TradeFlag> flags) {
		return flags.stream()
			.map((f) -> f.code() + " (" + f.severity() + "): " + f.message())
			.collect(Collectors.joining(LIST_SEPARATOR));
	}

	private static String sources(List<SourceRef> sources) {
		return sources.stream().map(SourceRef::id).collect(Collectors.joining(LIST_SEPARATOR));
	}

	private static String stated(List<StatedChange> stated) {
		return stated.stream()
			.map((s) -> s.source() + ": " + ((s.percent() != null) ? s.percent().toPlainString() + "%" : "")
					+ ((s.text() != null) ? " \"" + s.text() + "\"" : ""))
			.collect(Collectors.joining(LIST_SEPARATOR));
	}

	private static String otherReporters(List<OtherReporterFigure> others) {
		return others.stream()
			.map((o) -> o.reporter() + ": " + o.value().toPlainString() + " " + o.scale() + " " + o.currency()
					+ ((o.derived()) ? " (derived)" : ""))
			.collect(Collectors.joining(LIST_SEPARATOR));
	}

	/** One figure of a comparison group, flattened with its group. */
	record ComparisonRow(ComparisonGroup group, ComparedFigure figure) {
	}

}
