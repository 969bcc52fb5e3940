package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.trade.analysis.TradeChange.Basis;
import org.kzcz.relations.trade.analysis.TradeFlag.Code;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass analysis on small hand-made sets of figures, without Spring or a database.
 */
class TradeAnalysisTest {

	private final List<FigureRow> rows = new ArrayList<>();

	@Test
	void swappingSidesMirrorsTheFlowsAndTheSignOfTheBalance() {
		stored("KZ", "KZ", "CZ", TradeIndicator.EXPORTS, Period.year(2023), "147.7");
		stored("KZ", "KZ", "CZ", TradeIndicator.IMPORTS, Period.year(2023), "479.1");

		TradePoint kzBalance = only(series("KZ", "CZ"), TradeIndicator.BALANCE, 2023);
		assertThat(kzBalance.value()).isEqualByComparingTo("-331.4");

		List<TradePoint> czSide = series("CZ", "KZ");
		TradePoint czExports = only(czSide, TradeIndicator.EXPORTS, 2023);
		assertThat(czExports.value()).isEqualByComparingTo("479.1");
		assertThat(czExports.derived()).isTrue();
		assertThat(czExports.derivation().kind()).isEqualTo(Derivation.Kind.MIRRORED);
		assertThat(czExports.reporter().country()).isEqualTo("KZ");
		assertThat(only(czSide, TradeIndicator.IMPORTS, 2023).value()).isEqualByComparingTo("147.7");
		assertThat(only(czSide, TradeIndicator.BALANCE, 2023).value()).isEqualByComparingTo("331.4");
	}

	@Test
	void investmentIntoOneSideIsNotMirroredIntoTheOther() {
		stored("KZ", "KZ", "CZ", TradeIndicator.FDI_INFLOW, Period.year(2023), "48");
		assertThat(series("CZ", "KZ")).isEmpty();
		assertThat(series("KZ", "CZ")).hasSize(1);
	}

	@Test
	void aMissingYearLeavesNoChangeAndSaysWhy() {
		stored("KZ", "KZ", "CZ", TradeIndicator.FDI_INFLOW, Period.year(2021), "22.3");
		stored("KZ", "KZ", "CZ", TradeIndicator.FDI_INFLOW, Period.year(2023), "48");
		TradeChange change = only(series("KZ", "CZ"), TradeIndicator.FDI_INFLOW, 2023).change();
		assertThat(change.basis()).isEqualTo(Basis.NONE);
		assertThat(change.percent()).isNull();
		assertThat(change.previousPeriod()).isEqualTo(Period.year(2022));
		assertThat(change.reason()).isEqualTo("no comparable period: no YEAR figure for 2022 from reporter KZ in USD");
	}

	@Test
	void aPartialYearIsComparedOnlyWithTheSamePartOfThePreviousYear() {
		Period janJul2024 = new Period(PeriodKind.PARTIAL_YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 31));
		Period janJul2023 = new Period(PeriodKind.PARTIAL_YEAR, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 31));
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, Period.year(2023), "626.8");
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, janJul2024, "275.3");
		TradePoint partial = point(series("KZ", "CZ"), TradeIndicator.TURNOVER, janJul2024);
		assertThat(partial.change().basis()).isEqualTo(Basis.NONE);
		assertThat(partial.change().reason()).contains("PARTIAL_YEAR", "Jan-Jul 2023");

		this.rows.clear();
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, janJul2023, "250");
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, janJul2024, "275.3");
		TradeChange change = point(series("KZ", "CZ"), TradeIndicator.TURNOVER, janJul2024).change();
		// 25.3 / 250 = 10.12%
		assertThat(change.basis()).isEqualTo(Basis.COMPUTED);
		assertThat(change.absolute()).isEqualByComparingTo("25.3");
		assertThat(change.percent()).isEqualByComparingTo("10.1");
	}

	@Test
	void aStatedRateWithoutThePreviousValueIsKeptAndImpliesTheValue() {
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, Period.year(2023), "626.8", "48.4");
		List<TradePoint> points = series("KZ", "CZ");

		TradeChange change = only(points, TradeIndicator.TURNOVER, 2023).change();
		assertThat(change.basis()).isEqualTo(Basis.STATED);
		assertThat(change.percent()).isEqualByComparingTo("48.4");
		// 626.8 / 1.484 = 422.3719..., shown with the default single decimal
		assertThat(change.previousValue()).isEqualByComparingTo("422.4");
		assertThat(change.previousDerived()).isTrue();
		// 626.8 - 422.3719... = 204.428...
		assertThat(change.absolute()).isEqualByComparingTo("204.4");

		TradePoint implied = only(points, TradeIndicator.TURNOVER, 2022);
		assertThat(implied.derived()).isTrue();
		assertThat(implied.derivation().kind()).isEqualTo(Derivation.Kind.IMPLIED_BY_STATED_CHANGE);
		assertThat(implied.derivation().rule()).contains("626.8 / (1 + 48.4 / 100)");
		assertThat(implied.value()).isEqualByComparingTo("422.4");
	}

	@Test
	void decimalsApplyToEveryComputedNumberAndToNoStoredOne() {
		stored("KZ", "KZ", "EU", TradeIndicator.EXPORTS, Period.year(2021), "23.6", Scale.BILLION);
		stored("KZ", "KZ", "EU", TradeIndicator.IMPORTS, Period.year(2021), "5.65", Scale.BILLION);
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, Period.year(2023), "626.8", "48.4");

		List<TradePoint> three = series("KZ", "CZ", 3);
		assertThat(only(three, TradeIndicator.TURNOVER, 2022).value()).hasToString("422.372");
		assertThat(only(three, TradeIndicator.TURNOVER, 2023).change().absolute()).hasToString("204.428");
		assertThat(only(three, TradeIndicator.TURNOVER, 2023).value()).hasToString("626.8");

		List<TradePoint> none = series("KZ", "EU", 0);
		// 23.6 - 5.65 = 17.95: a computed balance takes the decimals asked for, the
		// stored
		// values keep the digits their source printed
		assertThat(only(none, TradeIndicator.BALANCE, 2021).value()).hasToString("18");
		assertThat(only(none, TradeIndicator.IMPORTS, 2021).value()).hasToString("5.65");
		assertThat(only(series("KZ", "EU", 2), TradeIndicator.BALANCE, 2021).value()).hasToString("17.95");
		assertThat(only(series("KZ", "EU", 1), TradeIndicator.BALANCE, 2021).value()).hasToString("18.0");
	}

	@Test
	void theFlaggedFiguresNameTheStoredFigureEachFlagIsRaisedOn() {
		stored("KZ", "KZ", "EU", TradeIndicator.TURNOVER, Period.year(2021), "28.9", Scale.BILLION);
		stored("KZ", "KZ", "EU", TradeIndicator.EXPORTS, Period.year(2021), "23.6", Scale.BILLION);
		stored("KZ", "KZ", "EU", TradeIndicator.IMPORTS, Period.year(2021), "5.65", Scale.BILLION);
		TradeAnalysis analysis = TradeAnalysis
			.of(TradeRequest.parse("KZ", "EU", null, null, null, null, null, null, null), this.rows);

		assertThat(analysis.flagged()).singleElement().satisfies((flagged) -> {
			assertThat(flagged.figureId()).isEqualTo(1L);
			assertThat(flagged.point().indicator()).isEqualTo(TradeIndicator.TURNOVER);
			assertThat(flagged.point().flags()).extracting(TradeFlag::code).containsExactly(Code.TURNOVER_MISMATCH);
		});
		assertThat(analysis.flagsOfStoredFigures().get(1L)).extracting(TradeFlag::code)
			.containsExactly(Code.TURNOVER_MISMATCH);
		assertThat(analysis.flagsOfStoredFigures().get(2L)).isEmpty();
	}

	@Test
	void aStatedRateAndAComputedOneAreBothGivenAndADisagreementIsFlagged() {
		stored("KZ", "KZ", "EU", TradeIndicator.TURNOVER, Period.year(2020), "100");
		stored("KZ", "KZ", "EU", TradeIndicator.TURNOVER, Period.year(2021), "110", "15");
		TradePoint point = only(series("KZ", "EU"), TradeIndicator.TURNOVER, 2021);
		assertThat(point.change().basis()).isEqualTo(Basis.COMPUTED);
		assertThat(point.change().percent()).isEqualByComparingTo("10.0");
		assertThat(point.change().stated()).extracting(StatedChange::percent).containsExactly(new BigDecimal("15"));
		// 109.5..110.5 against 99.5..100.5 allows 8.96% to 11.06%, not 14.5% to 15.5%
		assertThat(codes(point)).containsExactly(Code.STATED_CHANGE_DISAGREES);
	}

	@Test
	void aStatedRateThatRoundingExplainsIsOnlyNoted() {
		stored("KZ", "KZ", "EU", TradeIndicator.FDI_INFLOW, Period.year(2020), "8.2");
		stored("KZ", "KZ", "EU", TradeIndicator.FDI_INFLOW, Period.year(2021), "10.1", "24.3");
		TradePoint point = only(series("KZ", "EU"), TradeIndicator.FDI_INFLOW, 2021);
		assertThat(point.change().percent()).isEqualByComparingTo("23.2");
		assertThat(point.flags()).singleElement().satisfies((flag) -> {
			assertThat(flag.code()).isEqualTo(Code.STATED_CHANGE_WITHIN_ROUNDING);
			assertThat(flag.severity()).isEqualTo(TradeFlag.Severity.INFO);
		});
	}

	@Test
	void turnoverThatIsNotExportsPlusImportsIsFlagged() {
		stored("KZ", "KZ", "EU", TradeIndicator.TURNOVER, Period.year(2021), "28.9", Scale.BILLION);
		stored("KZ", "KZ", "EU", TradeIndicator.EXPORTS, Period.year(2021), "23.6", Scale.BILLION);
		stored("KZ", "KZ", "EU", TradeIndicator.IMPORTS, Period.year(2021), "5.65", Scale.BILLION);
		TradePoint turnover = only(series("KZ", "EU"), TradeIndicator.TURNOVER, 2021);
		assertThat(turnover.flags()).singleElement().satisfies((flag) -> {
			assertThat(flag.code()).isEqualTo(Code.TURNOVER_MISMATCH);
			// the sum and the difference are computed: shown with the default decimal
			assertThat(flag.message()).contains("23.6 + 5.65 = 29.3 by -0.4");
		});
		assertThat(only(series("KZ", "EU", 2), TradeIndicator.TURNOVER, 2021).flags()).singleElement()
			.satisfies((flag) -> assertThat(flag.message()).contains("= 29.25 by -0.35", "rounding allows 0.11"));
	}

	@Test
	void turnoverWithinRoundingOfExportsPlusImportsIsNotFlagged() {
		// 10.0 + 20.0 = 30.0 against 30.1: 0.1 apart, rounding allows 0.15
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, Period.year(2023), "30.1");
		stored("KZ", "KZ", "CZ", TradeIndicator.EXPORTS, Period.year(2023), "10.0");
		stored("KZ", "KZ", "CZ", TradeIndicator.IMPORTS, Period.year(2023), "20.0");
		assertThat(only(series("KZ", "CZ"), TradeIndicator.TURNOVER, 2023).flags()).isEmpty();
	}

	@Test
	void reportersAreNeverMixedInAChangeButShownSideBySide() {
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, Period.year(2022), "420");
		stored("CZ", "CZ", "KZ", TradeIndicator.TURNOVER, Period.year(2022), "1300");
		stored("CZ", "CZ", "KZ", TradeIndicator.TURNOVER, Period.year(2023), "1400");
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, Period.year(2023), "626.8");
		List<TradePoint> points = series("KZ", "CZ");

		TradePoint kz2023 = point(points, TradeIndicator.TURNOVER, Period.year(2023), "KZ");
		TradePoint cz2023 = point(points, TradeIndicator.TURNOVER, Period.year(2023), "CZ");
		assertThat(kz2023.change().previousValue()).isEqualByComparingTo("420");
		assertThat(cz2023.change().previousValue()).isEqualByComparingTo("1300");
		assertThat(kz2023.otherReporters()).singleElement()
			.satisfies((other) -> assertThat(other.value()).isEqualByComparingTo("1400"));
		TradePoint cz2022 = point(points, TradeIndicator.TURNOVER, Period.year(2022), "CZ");
		assertThat(codes(cz2022)).contains(Code.REPORTERS_DIFFER);
		assertThat(cz2022.flags()).anySatisfy((f) -> assertThat(f.message()).contains("3.1 times"));
	}

	@Test
	void reporterFiguresInDifferentCurrenciesAreNotCompared() {
		stored("CZ", "CZ", "KZ", TradeIndicator.TURNOVER, Period.year(2022), "28", Scale.BILLION, "CZK");
		stored("CZ", "CZ", "KZ", TradeIndicator.TURNOVER, Period.year(2023), "1.4", Scale.BILLION);
		TradeChange change = only(series("CZ", "KZ"), TradeIndicator.TURNOVER, 2023).change();
		assertThat(change.basis()).isEqualTo(Basis.NONE);
		assertThat(change.reason()).contains("only in CZK");
	}

	@Test
	void valuesAtDifferentScalesAreComparedAfterExactConversion() {
		stored("KZ", "KZ", "EU", TradeIndicator.TURNOVER, Period.year(2020), "23800", Scale.MILLION);
		stored("KZ", "KZ", "EU", TradeIndicator.TURNOVER, Period.year(2021), "28.9", Scale.BILLION);
		TradeChange change = only(series("KZ", "EU"), TradeIndicator.TURNOVER, 2021).change();
		// 28.9 - 23.8 = 5.1 billion; 5.1 / 23.8 = 21.43%
		assertThat(change.previousValue()).isEqualByComparingTo("23.8");
		assertThat(change.absolute()).isEqualByComparingTo("5.1");
		assertThat(change.percent()).isEqualByComparingTo("21.4");
	}

	@Test
	void aBalanceThatChangesSignIsFlaggedWithoutAPercent() {
		stored("KZ", "KZ", "CZ", TradeIndicator.EXPORTS, Period.year(2023), "147.7");
		stored("KZ", "KZ", "CZ", TradeIndicator.IMPORTS, Period.year(2023), "479.1");
		stored("KZ", "KZ", "CZ", TradeIndicator.EXPORTS, Period.year(2024), "467");
		stored("KZ", "KZ", "CZ", TradeIndicator.IMPORTS, Period.year(2024), "152");
		TradePoint balance = only(series("KZ", "CZ"), TradeIndicator.BALANCE, 2024);
		assertThat(balance.value()).isEqualByComparingTo("315");
		assertThat(balance.change().absolute()).isEqualByComparingTo("646.4");
		assertThat(balance.change().percent()).isNull();
		assertThat(codes(balance)).containsExactly(Code.SIGN_CHANGE);
	}

	@Test
	void aZeroBalanceBaseGivesNoPercent() {
		stored("KZ", "KZ", "CZ", TradeIndicator.EXPORTS, Period.year(2022), "100");
		stored("KZ", "KZ", "CZ", TradeIndicator.IMPORTS, Period.year(2022), "100");
		stored("KZ", "KZ", "CZ", TradeIndicator.EXPORTS, Period.year(2023), "120");
		stored("KZ", "KZ", "CZ", TradeIndicator.IMPORTS, Period.year(2023), "100");
		TradeChange change = only(series("KZ", "CZ"), TradeIndicator.BALANCE, 2023).change();
		assertThat(change.absolute()).isEqualByComparingTo("20");
		assertThat(change.percent()).isNull();
		assertThat(change.reason()).contains("zero");
	}

	@Test
	void jumpsBeyondTheThresholdAreFlaggedAndTheThresholdCanBeRaised() {
		stored("KZ", "KZ", "CZ", TradeIndicator.FDI_INFLOW, Period.year(2022), "21.6");
		stored("KZ", "KZ", "CZ", TradeIndicator.FDI_INFLOW, Period.year(2023), "48");
		// 26.4 / 21.6 = 122.2%
		assertThat(codes(only(series("KZ", "CZ"), TradeIndicator.FDI_INFLOW, 2023))).containsExactly(Code.JUMP);
		TradeRequest lenient = TradeRequest.parse("KZ", "CZ", null, null, null, null, null, new BigDecimal("150"),
				null);
		TradePoint point = TradeAnalysis.of(lenient, this.rows)
			.series()
			.stream()
			.filter((p) -> p.period().equals(Period.year(2023)))
			.findFirst()
			.orElseThrow();
		assertThat(point.flags()).isEmpty();
	}

	@Test
	void aPartExceedingItsWholeIsFlagged() {
		Period janAug = new Period(PeriodKind.PARTIAL_YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31));
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, janAug, "700");
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, Period.year(2024), "619");
		assertThat(codes(point(series("KZ", "CZ"), TradeIndicator.TURNOVER, janAug)))
			.containsExactly(Code.PART_EXCEEDS_WHOLE);
	}

	@Test
	void twoValuesForOneFigureAreBothShownAndFlagged() {
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, Period.year(2023), "626.8");
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, Period.year(2023), "630");
		List<TradePoint> points = series("KZ", "CZ");
		assertThat(points).hasSize(2).allSatisfy((p) -> assertThat(codes(p)).contains(Code.CONFLICTING_FIGURES));
	}

	@Test
	void aFlowStoredFromBothSidesWithOneValueCountsOnce() {
		stored("KZ", "KZ", "CZ", TradeIndicator.EXPORTS, Period.year(2023), "147.7");
		stored("KZ", "CZ", "KZ", TradeIndicator.IMPORTS, Period.year(2023), "147.7");
		TradePoint exports = only(series("KZ", "CZ"), TradeIndicator.EXPORTS, 2023);
		assertThat(exports.derived()).isFalse();
	}

	@Test
	void theBalanceRowGivesCoverageAndItsChangeInPercentagePoints() {
		stored("KZ", "KZ", "CZ", TradeIndicator.EXPORTS, Period.year(2022), "100");
		stored("KZ", "KZ", "CZ", TradeIndicator.IMPORTS, Period.year(2022), "400");
		stored("KZ", "KZ", "CZ", TradeIndicator.EXPORTS, Period.year(2023), "150");
		stored("KZ", "KZ", "CZ", TradeIndicator.IMPORTS, Period.year(2023), "300");
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, Period.year(2023), "450");
		TradeRequest request = TradeRequest.parse("KZ", "CZ", null, 2023, null, null, null, null, null);
		BalanceRow row = TradeAnalysis.of(request, this.rows).balance().get(0);
		assertThat(row.balance().value()).isEqualByComparingTo("-150");
		// -150 against -300: +150, and the deficit halved: +50%
		assertThat(row.balance().change().absolute()).isEqualByComparingTo("150");
		assertThat(row.balance().change().percent()).isEqualByComparingTo("50.0");
		// 150 / 300 = 50% against 100 / 400 = 25%: +25 points
		assertThat(row.coverageRatio().value()).isEqualByComparingTo("50.0");
		assertThat(row.coverageRatio().change().absolute()).isEqualByComparingTo("25.0");
		assertThat(row.turnover().change().basis()).isEqualTo(Basis.NONE);
	}

	@Test
	void theComparisonGivesTheGapToTheCountrysOwnStatistics() {
		stored("KZ", "KZ", "CZ", TradeIndicator.TURNOVER, Period.year(2022), "420");
		stored("CZ", "CZ", "KZ", TradeIndicator.TURNOVER, Period.year(2022), "1.3", Scale.BILLION);
		TradeRequest request = TradeRequest.parse("KZ", "CZ", null, 2022, null, null, null, null, null);
		ComparisonGroup group = TradeAnalysis.of(request, this.rows).comparison().get(0);
		assertThat(group.referenceReporter()).isEqualTo("KZ");
		assertThat(group.reporters()).containsExactly("KZ", "CZ");
		ComparisonGroup.Gap gap = group.figures().get(1).gap();
		// 1300 - 420 = 880 million; 1300 / 420 = 3.095...
		assertThat(gap.difference()).isEqualByComparingTo("880");
		assertThat(gap.scale()).isEqualTo(Scale.MILLION);
		assertThat(gap.ratio()).isEqualByComparingTo("3.10");
		assertThat(gap.beyondRounding()).isTrue();
		assertThat(group.figures().get(0).gap()).isNull();
	}

	// --- helpers
	// ------------------------------------------------------------------------------------

	private List<TradePoint> series(String country, String partner) {
		return TradeAnalysis
			.of(TradeRequest.parse(country, partner, null, null, null, null, null, null, null), this.rows)
			.series();
	}

	private List<TradePoint> series(String country, String partner, int decimals) {
		return TradeAnalysis
			.of(TradeRequest.parse(country, partner, null, null, null, null, null, null, decimals), this.rows)
			.series();
	}

	private void stored(String reporter, String country, String partner, TradeIndicator indicator, Period period,
			String value, String... statedRates) {
		stored(reporter, country, partner, indicator, period, value, Scale.MILLION, "USD", statedRates);
	}

	private void stored(String reporter, String country, String partner, TradeIndicator indicator, Period period,
			String value, Scale scale) {
		stored(reporter, country, partner, indicator, period, value, scale, "USD");
	}

	private void stored(String reporter, String country, String partner, TradeIndicator indicator, Period period,
			String value, Scale scale, String currency, String... statedRates) {
		List<StatedChange> stated = Arrays.stream(statedRates)
			.map((rate) -> new StatedChange("source-" + this.rows.size(), new BigDecimal(rate), "+" + rate + "%"))
			.toList();
		this.rows.add(new FigureRow(this.rows.size() + 1, new TradeReporter(reporter, true, null, null), country,
				partner, indicator, period, new BigDecimal(value), ValueQualifier.EXACT, currency, scale, currency,
				List.of(SourceRef.of("source-" + this.rows.size(), "A source")), stated));
	}

	private static TradePoint only(List<TradePoint> points, TradeIndicator indicator, int year) {
		return point(points, indicator, Period.year(year));
	}

	private static TradePoint point(List<TradePoint> points, TradeIndicator indicator, Period period) {
		List<TradePoint> matching = points.stream()
			.filter((p) -> p.indicator() == indicator && p.period().equals(period))
			.toList();
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

	private static TradePoint point(List<TradePoint> points, TradeIndicator indicator, Period period, String reporter) {
		return points.stream()
			.filter((p) -> p.indicator() == indicator && p.period().equals(period)
					&& p.reporter().country().equals(reporter))
			.findFirst()
			.orElseThrow();
	}

	private static List<Code> codes(TradePoint point) {
		return point.flags().stream().map(TradeFlag::code).toList();
	}

}
