package org.kzcz.relations.trade.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV of every trade endpoint, read back with a CSV parser and checked against the JSON
 * of the same request.
 */
@IntegrationTest
class TradeCsvTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void seriesCsvHasAHeaderAndOneRowPerPointWithTheJsonFields() throws Exception {
		String uri = "/api/v1/trade/series?country=KZ&partner=CZ";
		MvcTestResult csv = this.mvc.get().uri(uri).accept(MediaType.parseMediaType("text/csv")).exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		String body = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("indicator,periodKind,periodStart,periodEnd,periodLabel,").contains("\r\n");

		List<Map<String, String>> rows = parse(body);
		JsonNode json = json(uri);
		assertThat(rows).hasSize(json.get("points").size());
		for (int i = 0; i < rows.size(); i++) {
			JsonNode point = json.get("points").get(i);
			Map<String, String> row = rows.get(i);
			assertThat(row.get("indicator")).isEqualTo(point.get("indicator").asString());
			assertThat(row.get("periodStart")).isEqualTo(point.get("period").get("start").asString());
			assertThat(new BigDecimal(row.get("value"))).isEqualByComparingTo(point.get("value").decimalValue());
			assertThat(row.get("reporterCountry")).isEqualTo(point.get("reporter").get("country").asString());
			assertThat(row.get("flags").isEmpty()).isEqualTo(point.get("flags").isEmpty());
			assertThat(row.get("sources")).startsWith(point.get("sources").get(0).get("id").asString());
		}
		assertThat(rows).anySatisfy((row) -> {
			assertThat(row.get("indicator")).isEqualTo("BALANCE");
			assertThat(row.get("flags")).contains("SIGN_CHANGE (WARNING): changed sign");
		});
		// a quoted field with commas and doubled quotes survives the round trip
		assertThat(rows).anySatisfy((row) -> assertThat(row.get("changeStated")).isEqualTo(
				"astana-times-foreign-ministers-2024: 48.4% \"+48.4%\"; kazinform-vassilenko-prague-2024: 48.4% \"+48.4%\""));
	}

	@Test
	void formatParameterAsksForCsvWhateverTheAcceptHeader() throws Exception {
		MvcTestResult csv = this.mvc.get()
			.uri("/api/v1/trade/balance?country=KZ&partner=CZ&year=2023&reporter=KZ&format=csv")
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		List<Map<String, String>> rows = parse(csv.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.get("exportsValue")).isEqualTo("147.7");
			assertThat(row.get("balanceValue")).isEqualTo("-331.4");
			assertThat(row.get("balanceChangePreviousValue")).isEqualTo("-174.8");
			assertThat(row.get("coverageRatioValue")).isEqualTo("30.8");
			assertThat(row.get("turnoverChangePercent")).isEqualTo("48.4");
			assertThat(row.get("sources"))
				.isEqualTo("astana-times-foreign-ministers-2024; kazinform-vassilenko-prague-2024");
		});
	}

	@Test
	void comparisonCsvHasOneRowPerReportersFigure() throws Exception {
		MvcTestResult csv = this.mvc.get()
			.uri("/api/v1/trade/comparison?country=KZ&partner=CZ&year=2022&indicator=TURNOVER&format=csv")
			.exchange();
		List<Map<String, String>> rows = parse(csv.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(rows).extracting((row) -> row.get("reporterCountry")).containsExactly("KZ", "CZ", "CZ");
		assertThat(rows).anySatisfy((row) -> {
			assertThat(row.get("currency")).isEqualTo("USD");
			assertThat(row.get("reporterCountry")).isEqualTo("CZ");
			assertThat(row.get("gapDifference")).isEqualTo("877.6");
			assertThat(row.get("gapBeyondRounding")).isEqualTo("true");
			assertThat(row.get("flags")).startsWith("REPORTERS_DIFFER");
		});
	}

	@Test
	void jsonStaysTheDefault() {
		assertThat(this.mvc.get().uri("/api/v1/trade/series?country=KZ&partner=CZ")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON);
		assertThat(this.mvc.get()
			.uri("/api/v1/trade/series?country=KZ&partner=CZ&format=json")
			.accept(MediaType.parseMediaType("text/csv"))).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
	}

	private JsonNode json(String uri) throws Exception {
		return JsonMapper.shared().readTree(this.mvc.get().uri(uri).exchange().getResponse().getContentAsString());
	}

	private static List<Map<String, String>> parse(String csv) {
		CsvMapper mapper = new CsvMapper();
		try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(csv)) {
			return it.readAll();
		}
	}

}
