package org.kzcz.relations.trade.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trade endpoints on the seeded figures.
 */
@IntegrationTest
class TradeControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLongestSeriesComesBackInOneStatement() {
		this.statements.reset();
		MvcTestResult result = this.mvc.get().uri("/api/v1/trade/series?country=KZ&partner=CZ").exchange();
		assertThat(result).hasStatusOk();
		// the one query for figures, sources and country checks
		assertThat(this.statements.count()).isEqualTo(1);
		assertThat(result).bodyJson()
			.extractingPath("$.points[*].indicator")
			.asArray()
			.contains("EXPORTS", "IMPORTS", "TURNOVER", "BALANCE", "FDI_INFLOW", "FDI_CUMULATIVE");
		assertThat(result).bodyJson()
			.extractingPath("$.points.length()")
			.asNumber()
			.satisfies((n) -> assertThat(n.intValue()).isEqualTo(24));
	}

	@Test
	void balanceAndComparisonEachRunOneStatement() {
		for (String uri : List.of("/api/v1/trade/balance?country=KZ&partner=CZ",
				"/api/v1/trade/comparison?country=KZ&partner=CZ",
				"/api/v1/trade/balance?country=KZ&partner=CZ&format=csv")) {
			this.statements.reset();
			assertThat(this.mvc.get().uri(uri)).hasStatusOk();
			assertThat(this.statements.count()).as(uri).isEqualTo(1);
		}
	}

	@Test
	void kazakhReportedBalanceFor2023IsADeficitOf331Point4() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/trade/balance?country=KZ&partner=CZ&year=2023&reporter=KZ")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.rows.length()").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.rows[0].currency").isEqualTo("USD");
		assertThat(result).bodyJson().extractingPath("$.rows[0].scale").isEqualTo("MILLION");
		assertThat(result).bodyJson().extractingPath("$.rows[0].exports.value").isEqualTo(147.7);
		assertThat(result).bodyJson().extractingPath("$.rows[0].imports.value").isEqualTo(479.1);
		assertThat(result).bodyJson().extractingPath("$.rows[0].turnover.value").isEqualTo(626.8);
		assertThat(result).bodyJson().extractingPath("$.rows[0].balance.value").isEqualTo(-331.4);
		assertThat(result).bodyJson().extractingPath("$.rows[0].balance.derived").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.rows[0].coverageRatio.value").isEqualTo(30.8);
		// the stated rates are kept, and the previous values they imply are derived
		assertThat(result).bodyJson().extractingPath("$.rows[0].turnover.change.basis").isEqualTo("STATED");
		assertThat(result).bodyJson().extractingPath("$.rows[0].turnover.change.percent").isEqualTo(48.4);
		assertThat(result).bodyJson().extractingPath("$.rows[0].turnover.change.previousValue").isEqualTo(422.4);
		assertThat(result).bodyJson().extractingPath("$.rows[0].exports.change.percent").isEqualTo(19.4);
		assertThat(result).bodyJson().extractingPath("$.rows[0].imports.change.percent").isEqualTo(60.5);
		// -331.4 against the implied -174.8 (123.70... - 298.50...)
		assertThat(result).bodyJson().extractingPath("$.rows[0].balance.change.previousValue").isEqualTo(-174.8);
		assertThat(result).bodyJson().extractingPath("$.rows[0].balance.change.previousDerived").isEqualTo(true);
	}

	@Test
	void kazakhReportedBalanceTurnsToASurplusIn2024() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/trade/series?country=KZ&partner=CZ&indicator=BALANCE&from=2024&to=2024&reporter=KZ")
			.exchange();
		// 18 stored KZ-CZ and CZ-KZ flows, 3 values implied by the 2023 rates, 3 balances
		assertThat(result).bodyJson().extractingPath("$.points.length()").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.points[0].value").isEqualTo(315.0);
		assertThat(result).bodyJson().extractingPath("$.points[0].change.previousValue").isEqualTo(-331.4);
		assertThat(result).bodyJson().extractingPath("$.points[0].change.absolute").isEqualTo(646.4);
		assertThat(result).bodyJson().extractingPath("$.points[0].change.percent").isNull();
		assertThat(result).bodyJson().extractingPath("$.points[0].flags[0].code").isEqualTo("SIGN_CHANGE");
	}

	@Test
	void kazakhReportedExportsAndImportsJumpIn2024() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/trade/series?country=KZ&partner=CZ&indicator=EXPORTS&from=2024&to=2024")
			.exchange();
		// 467 against 147.7: +319.3, +216.2%
		assertThat(result).bodyJson().extractingPath("$.points[0].change.absolute").isEqualTo(319.3);
		assertThat(result).bodyJson().extractingPath("$.points[0].change.percent").isEqualTo(216.2);
		assertThat(result).bodyJson().extractingPath("$.points[0].flags[0].code").isEqualTo("JUMP");
		assertThat(this.mvc.get()
			.uri("/api/v1/trade/series?country=KZ&partner=CZ&indicator=EXPORTS&from=2024&to=2024&jumpThreshold=250"))
			.bodyJson()
			.extractingPath("$.points[0].flags")
			.asArray()
			.isEmpty();
	}

	@Test
	void euKazakhstanTurnover2021IsComparedWith2020AndFlaggedAgainstItsParts() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/trade/series?country=KZ&partner=EU&indicator=TURNOVER&from=2021&to=2021")
			.exchange();
		// 18 stored KZ-CZ and CZ-KZ flows, 3 values implied by the 2023 rates, 3 balances
		assertThat(result).bodyJson().extractingPath("$.points.length()").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.points[0].scale").isEqualTo("BILLION");
		assertThat(result).bodyJson().extractingPath("$.points[0].change.basis").isEqualTo("COMPUTED");
		assertThat(result).bodyJson().extractingPath("$.points[0].change.previousValue").isEqualTo(23.8);
		assertThat(result).bodyJson().extractingPath("$.points[0].change.absolute").isEqualTo(5.1);
		// computed 21.43% and stated 21.4% agree
		assertThat(result).bodyJson().extractingPath("$.points[0].change.percent").isEqualTo(21.4);
		assertThat(result).bodyJson().extractingPath("$.points[0].change.stated[0].percent").isEqualTo(21.4);
		// 23.6 + 5.65 = 29.25, not 28.9
		assertThat(result).bodyJson().extractingPath("$.points[0].flags[0].code").isEqualTo("TURNOVER_MISMATCH");
		assertThat(result).bodyJson().extractingPath("$.points[0].flags.length()").isEqualTo(1);
	}

	@Test
	void euInvestment2021KeepsTheStatedRateNextToTheComputedOne() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/trade/series?country=KZ&partner=EU&indicator=FDI_INFLOW&from=2021&to=2021&decimals=2")
			.exchange();
		// 10.1 against 8.2: +1.9, +23.17%; the source says +24.3%, which rounding of
		// 10.1 and 8.2 allows
		assertThat(result).bodyJson().extractingPath("$.points[0].change.percent").isEqualTo(23.17);
		assertThat(result).bodyJson().extractingPath("$.points[0].change.stated[0].percent").isEqualTo(24.3);
		assertThat(result).bodyJson()
			.extractingPath("$.points[0].flags[0].code")
			.isEqualTo("STATED_CHANGE_WITHIN_ROUNDING");
		assertThat(result).bodyJson().extractingPath("$.points[0].flags[0].severity").isEqualTo("INFO");
	}

	@Test
	void partialPeriodsAreComparedOnlyWithTheSamePartOfThePreviousYear() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER&from=2024&to=2024")
			.exchange();
		assertThat(result).bodyJson()
			.extractingPath("$.points[*].period.label")
			.asArray()
			.containsExactly("Jan-Jul 2024", "Jan-Aug 2024", "2024");
		assertThat(result).bodyJson().extractingPath("$.points[0].period.partial").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.points[0].change.basis").isEqualTo("NONE");
		assertThat(result).bodyJson()
			.extractingPath("$.points[0].change.reason")
			.isEqualTo("no comparable period: no PARTIAL_YEAR figure for Jan-Jul 2023 from reporter KZ in USD");
		assertThat(result).bodyJson().extractingPath("$.points[2].change.percent").isEqualTo(-1.2);
	}

	@Test
	void swappingCountryAndPartnerGivesTheMirroredFlowsMarkedAsDerived() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/trade/series?country=CZ&partner=KZ&from=2023&to=2023&reporter=KZ")
			.exchange();
		assertThat(result).bodyJson()
			.extractingPath("$.points[?(@.indicator == 'EXPORTS')].value")
			.asArray()
			.containsExactly(479.1);
		assertThat(result).bodyJson()
			.extractingPath("$.points[?(@.indicator == 'IMPORTS')].value")
			.asArray()
			.containsExactly(147.7);
		assertThat(result).bodyJson()
			.extractingPath("$.points[?(@.indicator == 'BALANCE')].value")
			.asArray()
			.containsExactly(331.4);
		assertThat(result).bodyJson()
			.extractingPath("$.points[?(@.indicator == 'EXPORTS')].derivation.kind")
			.asArray()
			.containsExactly("MIRRORED");
		// FDI into Kazakhstan is not investment into the Czech Republic
		assertThat(result).bodyJson().extractingPath("$.points[?(@.indicator == 'FDI_INFLOW')]").asArray().isEmpty();
	}

	@Test
	void kazakhAndCzechFiguresFor2022StandSideBySideWithTheirGap() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/trade/comparison?country=KZ&partner=CZ&year=2022&indicator=TURNOVER")
			.exchange();
		assertThat(result).bodyJson().extractingPath("$.groups.length()").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.groups[0].referenceReporter").isEqualTo("KZ");
		assertThat(result).bodyJson().extractingPath("$.groups[0].reporters").asArray().containsExactly("KZ", "CZ");
		// KZ: 422.4 million implied by 626.8 and +48.4%; CZ: almost 1.3 billion
		assertThat(result).bodyJson().extractingPath("$.groups[0].figures[0].value").isEqualTo(422.4);
		assertThat(result).bodyJson()
			.extractingPath("$.groups[0].figures[0].derivation.kind")
			.isEqualTo("IMPLIED_BY_STATED_CHANGE");
		assertThat(result).bodyJson()
			.extractingPath("$.groups[0].figures[?(@.currency == 'USD' && @.reporter.country == 'CZ')].gap.difference")
			.asArray()
			.containsExactly(877.6);
		assertThat(result).bodyJson()
			.extractingPath("$.groups[0].figures[?(@.currency == 'USD' && @.reporter.country == 'CZ')].gap.ratio")
			.asArray()
			.containsExactly(3.1);
		assertThat(result).bodyJson()
			.extractingPath("$.groups[0].figures[?(@.currency == 'CZK')].gap.difference")
			.asArray()
			.containsExactly((Object) null);
		assertThat(result).bodyJson().extractingPath("$.groups[0].flags[0].code").isEqualTo("REPORTERS_DIFFER");
	}

	@Test
	void seriesWithoutAReporterShowsEveryReporterAndNeverAnAverage() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER&from=2022&to=2022")
			.exchange();
		assertThat(result).bodyJson()
			.extractingPath("$.points[*].reporter.country")
			.asArray()
			.containsExactlyInAnyOrder("CZ", "CZ", "KZ");
		assertThat(result).bodyJson()
			.extractingPath("$.points[*].value")
			.asArray()
			.containsExactlyInAnyOrder(28, 1.3, 422.4);
		assertThat(this.mvc.get()
			.uri("/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER&from=2022&to=2022&reporter=CZ"))
			.bodyJson()
			.extractingPath("$.points[*].reporter.country")
			.asArray()
			.containsOnly("CZ");
	}

	@Test
	void theSeriesLinkOfEveryCitedTradeFigureShowsThatFigure() {
		List<Map<String, Object>> links = this.jdbc.sql("""
				select distinct fc.self, tf.value, tf.period_start, tf.period_end
				from fact_citation fc join trade_figure tf on tf.id::text = fc.fact_id
				where fc.kind = 'TRADE_FIGURE' and fc.self is not null
				""").query().listOfRows();
		assertThat(links).hasSizeGreaterThan(20);
		for (Map<String, Object> link : links) {
			MvcTestResult result = this.mvc.get().uri((String) link.get("self")).exchange();
			assertThat(result).as((String) link.get("self")).hasStatusOk();
			assertThat(result).bodyJson()
				.extractingPath("$.points[?(@.derived == false && @.period.start == '" + link.get("period_start")
						+ "' && @.period.end == '" + link.get("period_end") + "')].value")
				.asArray()
				.as((String) link.get("self"))
				.anySatisfy((value) -> assertThat(new BigDecimal(value.toString()))
					.isEqualByComparingTo((BigDecimal) link.get("value")));
		}
	}

	@Test
	void rejectsAnUnknownIndicatorNamingIt() {
		assertInvalid("/api/v1/trade/series?country=KZ&partner=CZ&indicator=GDP", "indicator");
	}

	@Test
	void rejectsAnUnknownReporterNamingIt() {
		assertInvalid("/api/v1/trade/series?country=KZ&partner=CZ&reporter=XX", "reporter");
		assertInvalid("/api/v1/trade/series?country=KZ&partner=CZ&reporter=Czech", "reporter");
	}

	@Test
	void rejectsAnUnknownCountryWith400NamingTheParameter() {
		assertInvalid("/api/v1/trade/series?country=XX&partner=CZ", "country");
		assertInvalid("/api/v1/trade/balance?country=KZ&partner=QQ", "partner");
		assertInvalid("/api/v1/trade/comparison?country=KAZ&partner=CZ", "country");
	}

	@Test
	void rejectsTheSameCountryOnBothSides() {
		assertInvalid("/api/v1/trade/series?country=KZ&partner=kz", "partner");
	}

	@Test
	void rejectsFromAfterTo() {
		assertInvalid("/api/v1/trade/series?country=KZ&partner=CZ&from=2025&to=2019", "from");
	}

	@Test
	void rejectsYearTogetherWithARange() {
		assertInvalid("/api/v1/trade/balance?country=KZ&partner=CZ&year=2023&from=2020", "year");
	}

	@Test
	void rejectsAMissingCountry() {
		assertInvalid("/api/v1/trade/series?partner=CZ", "country");
	}

	@Test
	void rejectsANonPositiveJumpThresholdAndAnUnknownFormat() {
		assertInvalid("/api/v1/trade/series?country=KZ&partner=CZ&jumpThreshold=0", "jumpThreshold");
		assertInvalid("/api/v1/trade/series?country=KZ&partner=CZ&format=xml", "format");
		assertInvalid("/api/v1/trade/series?country=KZ&partner=CZ&decimals=9", "decimals");
	}

	@Test
	void anEmptyReporterMeansEveryReporter() {
		assertThat(this.mvc.get()
			.uri("/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER&from=2019&to=2025&reporter="))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.points[*].reporter.country")
			.asArray()
			.contains("KZ", "CZ");
	}

	@Test
	void problemsAreJsonEvenWhenCsvWasAsked() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/trade/series?country=XX&partner=CZ")
			.accept(MediaType.parseMediaType("text/csv"))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private void assertInvalid(String uri, String parameter) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo(parameter);
	}

}
