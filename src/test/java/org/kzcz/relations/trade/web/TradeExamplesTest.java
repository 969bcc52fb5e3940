package org.kzcz.relations.trade.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example answer the document shows for the trade endpoints is what the documented
 * request answers today, and the served document offers each one. A change of answers on
 * purpose re-records them with {@code -Dexamples.update=true}.
 */
@IntegrationTest
class TradeExamplesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyExampleIsTheLiveAnswerOfItsRequest() throws Exception {
		for (Map.Entry<String, TradeExampleDocuments.ExampleFile> example : TradeExampleDocuments.EXAMPLES.entrySet()) {
			TradeExampleDocuments.ExampleFile file = example.getValue();
			MockHttpServletResponse live = this.mvc.get().uri(file.request()).exchange().getResponse();
			String answer = live.getContentAsString(StandardCharsets.UTF_8);
			if (Boolean.getBoolean("examples.update")) {
				// Records the live answers as the examples (run on purpose, then review
				// the diff).
				String text = file.file().endsWith(".csv") ? answer : JSON.writerWithDefaultPrettyPrinter()
					.writeValueAsString(((ObjectNode) JSON.readTree(answer)).without("requestId")) + "\n";
				Files.writeString(Path.of("src/main/resources/openapi/examples", file.file()), text);
				continue;
			}
			if (file.file().endsWith(".csv")) {
				assertThat(answer).as(example.getKey()).isEqualTo(file.text());
			}
			else {
				JsonNode expected = JSON.readTree(file.text());
				ObjectNode actual = (ObjectNode) JSON.readTree(answer);
				// a problem's request id is new each time
				actual.remove("requestId");
				assertThat(actual).as(example.getKey()).isEqualTo(expected);
			}
		}
	}

	@Test
	void theDocumentOffersEveryExampleAndTheOperationsReferToThem() throws Exception {
		JsonNode document = JSON
			.readTree(this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsByteArray());
		assertThat(document.path("components").path("examples").propertyNames())
			.containsAll(TradeExampleDocuments.EXAMPLES.keySet());
		String series = document.path("paths").path("/api/v1/trade/series").toString();
		assertThat(series).contains(TradeExampleDocuments.REF + "trade-series-json")
			.contains(TradeExampleDocuments.REF + "trade-series-csv")
			.contains(TradeExampleDocuments.REF + "problem-invalid-parameter");
	}

}
