package org.kzcz.relations.trade.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The trade endpoints' example answers, kept as files in {@code openapi/examples/} (real
 * answers of the seed data, checked against the live ones by a test) and offered to every
 * document as {@code #/components/examples/<name>}, which the operations reference.
 */
@Component
class TradeExampleDocuments implements GlobalOpenApiCustomizer {

	static final String REF = "#/components/examples/";

	/** Example name: its file, and the request whose answer it is. */
	static final Map<String, ExampleFile> EXAMPLES = Map.of("trade-series-json",
			new ExampleFile("trade-series.json",
					"/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER&from=2023&to=2024&reporter=KZ"),
			"trade-series-csv",
			new ExampleFile("trade-series.csv",
					"/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER&from=2023&to=2024&reporter=KZ&format=csv"),
			"trade-balance-json",
			new ExampleFile("trade-balance.json", "/api/v1/trade/balance?country=KZ&partner=CZ&year=2023&reporter=KZ"),
			"trade-balance-csv",
			new ExampleFile("trade-balance.csv",
					"/api/v1/trade/balance?country=KZ&partner=CZ&year=2023&reporter=KZ&format=csv"),
			"trade-comparison-json",
			new ExampleFile("trade-comparison.json",
					"/api/v1/trade/comparison?country=KZ&partner=CZ&year=2022&indicator=TURNOVER"),
			"trade-comparison-csv",
			new ExampleFile("trade-comparison.csv",
					"/api/v1/trade/comparison?country=KZ&partner=CZ&year=2022&indicator=TURNOVER&format=csv"),
			"problem-invalid-parameter",
			new ExampleFile("problem-invalid-parameter.json", "/api/v1/trade/series?country=XX&partner=CZ"));

	@Override
	public void customise(OpenAPI openApi) {
		EXAMPLES.forEach((name, file) -> openApi.getComponents().addExamples(name, file.example()));
	}

	record ExampleFile(String file, String request) {

		String text() {
			try (InputStream in = new ClassPathResource("openapi/examples/" + this.file).getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		Example example() {
			try {
				Object value = this.file.endsWith(".json") ? Json.mapper().readTree(text()) : text();
				return new Example().value(value);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
