package org.kzcz.relations.trade.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data-quality view over the seeded figures, the flags each stored figure carries,
 * and the decimals of computed numbers in JSON and CSV.
 */
@IntegrationTest
class TradeFlagsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsEveryFlagOverEveryPairWithItsFigureAndSources() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/trade/flags").exchange();
		assertThat(result).hasStatusOk();
		long turnover = figureId("KZ", "EU", "TURNOVER", "2021-01-01");
		assertThat(result).bodyJson()
			.extractingPath("$.flags[?(@.code == 'TURNOVER_MISMATCH')].figureId")
			.asArray()
			.containsExactly((int) turnover);
		assertThat(result).bodyJson()
			.extractingPath("$.flags[?(@.code == 'TURNOVER_MISMATCH')].figure")
			.asArray()
			.containsExactly("/api/v1/trade-figures/" + turnover);
		assertThat(result).bodyJson()
			.extractingPath("$.flags[?(@.code == 'TURNOVER_MISMATCH')].sources[0].id")
			.asArray()
			.containsExactly("baimukhan-eu-interview-2022");
		// the mirrored-looking 2023 and 2024 exports and imports, as jumps on the 2024
		// figures
		assertThat(result).bodyJson()
			.extractingPath("$.flags[?(@.code == 'JUMP' && @.period.label == '2024')].indicator")
			.asArray()
			.contains("EXPORTS", "IMPORTS");
		assertThat(result).bodyJson()
			.extractingPath("$.flags[?(@.code == 'STATED_CHANGE_WITHIN_ROUNDING')].value")
			.asArray()
			.containsExactly(10.1);
		// each pair once, from the side storing more of its figures
		assertThat(result).bodyJson().extractingPath("$.flags[*].country").asArray().containsOnly("KZ");
		assertThat(result).bodyJson().extractingPath("$.flags[*].partner").asArray().containsOnly("CZ", "EU");
	}

	@Test
	void filtersBySideAndSeverity() {
		MvcTestResult czech = this.mvc.get().uri("/api/v1/trade/flags?country=cz").exchange();
		assertThat(czech).bodyJson().extractingPath("$.request.country").isEqualTo("CZ");
		assertThat(czech).bodyJson().extractingPath("$.flags[*].country").asArray().isNotEmpty().containsOnly("CZ");
		assertThat(czech).bodyJson().extractingPath("$.flags[*].partner").asArray().containsOnly("KZ");
		assertThat(czech).bodyJson().extractingPath("$.flags[*].code").asArray().contains("REPORTERS_DIFFER");

		MvcTestResult info = this.mvc.get().uri("/api/v1/trade/flags?severity=INFO").exchange();
		assertThat(info).bodyJson().extractingPath("$.flags[*].severity").asArray().isNotEmpty().containsOnly("INFO");
		assertThat(this.mvc.get().uri("/api/v1/trade/flags?partner=EU&severity=WARNING")).bodyJson()
			.extractingPath("$.flags[*].code")
			.asArray()
			.containsExactly("TURNOVER_MISMATCH");
	}

	@Test
	void answersCsvWithTheSameFieldsAndTheRequestedDecimals() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/trade/flags?partner=EU&decimals=2&format=csv").exchange();
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("country,partner,code,severity,message,indicator,periodKind,");
		assertThat(csv).contains("KZ,EU,TURNOVER_MISMATCH,WARNING,", "= 29.25 by -0.35",
				"/api/v1/trade-figures/" + figureId("KZ", "EU", "TURNOVER", "2021-01-01"));
	}

	@Test
	void refusesBadParametersWithAProblem() {
		assertInvalid("/api/v1/trade/flags?country=XX", "country");
		assertInvalid("/api/v1/trade/flags?partner=QQ", "partner");
		assertInvalid("/api/v1/trade/flags?country=KZ&partner=kz", "partner");
		assertInvalid("/api/v1/trade/flags?severity=LOUD", "severity");
		assertInvalid("/api/v1/trade/flags?decimals=9", "decimals");
		assertInvalid("/api/v1/trade/flags?jumpThreshold=0", "jumpThreshold");
		assertInvalid("/api/v1/trade/flags?format=xml", "format");
	}

	@Test
	void aStoredFigureSaysWhatTheAnalysisFlagsOnIt() {
		long turnover = figureId("KZ", "EU", "TURNOVER", "2021-01-01");
		MvcTestResult result = this.mvc.get().uri("/api/v1/trade-figures/" + turnover).exchange();
		assertThat(result).bodyJson().extractingPath("$.flags[*].code").asArray().containsExactly("TURNOVER_MISMATCH");
		assertThat(result).bodyJson().extractingPath("$.note").asString().contains("29.25");
		assertThat(this.mvc.get().uri("/api/v1/trade-figures/" + figureId("KZ", "EU", "EXPORTS", "2021-01-01")))
			.bodyJson()
			.extractingPath("$.flags")
			.asArray()
			.isEmpty();
		assertThat(this.mvc.get().uri("/api/v1/trade-figures/" + figureId("KZ", "CZ", "EXPORTS", "2024-01-01")))
			.bodyJson()
			.extractingPath("$.flags[*].code")
			.asArray()
			.containsExactly("JUMP");
		assertThat(this.mvc.get().uri("/api/v1/trade-figures?country=KZ&partner=EU&indicator=TURNOVER")).bodyJson()
			.extractingPath("$.items[?(@.id == " + turnover + ")].flags[0].code")
			.asArray()
			.containsExactly("TURNOVER_MISMATCH");
	}

	@Test
	void decimalsApplyToDerivedValuesInJsonAndCsv() throws Exception {
		String uri = "/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER&from=2022&to=2023&reporter=KZ";
		// 626.8 / 1.484 = 422.3719..., 626.8 - 422.3719... = 204.428...
		MvcTestResult one = this.mvc.get().uri(uri + "&decimals=1").exchange();
		assertThat(one).bodyJson()
			.extractingPath("$.points[?(@.period.label == '2022')].value")
			.asArray()
			.containsExactly(422.4);
		assertThat(one).bodyJson()
			.extractingPath("$.points[?(@.period.label == '2023')].change.absolute")
			.asArray()
			.containsExactly(204.4);
		String csv = this.mvc.get()
			.uri(uri + "&decimals=1&format=csv")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("422.4", "204.4").doesNotContain("422.37", "204.43");
		String three = this.mvc.get()
			.uri(uri + "&decimals=3&format=csv")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(three).contains("422.372", "204.428", ",626.8,");
	}

	private void assertInvalid(String uri, String parameter) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo(parameter);
	}

	private long figureId(String country, String partner, String indicator, String periodStart) {
		return this.jdbc.sql("""
				select id from trade_figure
				where country_code = :country and partner_code = :partner and indicator = :indicator
				  and period_start = cast(:start as date) and period_kind = 'YEAR'
				""")
			.param("country", country)
			.param("partner", partner)
			.param("indicator", indicator)
			.param("start", periodStart)
			.query(Long.class)
			.single();
	}

}
