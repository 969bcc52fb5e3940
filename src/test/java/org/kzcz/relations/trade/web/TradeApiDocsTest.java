package org.kzcz.relations.trade.web;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI shows an example request and response for every trade endpoint.
 */
@IntegrationTest
class TradeApiDocsTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyTradeEndpointDocumentsExampleParametersAndResponses() {
		MvcTestResult docs = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(docs).hasStatusOk();
		for (String endpoint : new String[] { "series", "balance", "comparison" }) {
			String get = "$.paths['/api/v1/trade/" + endpoint + "'].get";
			assertThat(docs).bodyJson()
				.extractingPath(get + ".parameters[?(@.name == 'country')].example")
				.asArray()
				.containsExactly("KZ");
			assertThat(docs).bodyJson()
				.extractingPath(get + ".responses['200'].content['application/json'].examples.*.$ref")
				.asArray()
				.containsExactly(TradeExampleDocuments.REF + "trade-" + endpoint + "-json");
			assertThat(docs).bodyJson()
				.extractingPath("$.components.examples['trade-" + endpoint + "-json'].value.request.country")
				.isEqualTo("KZ");
			assertThat(docs).bodyJson()
				.extractingPath("$.components.examples['trade-" + endpoint + "-csv'].value")
				.asString()
				.contains("periodKind,periodStart");
		}
		assertThat(docs).bodyJson()
			.extractingPath("$.components.schemas.TradePoint.properties.value.example")
			.isEqualTo(626.8);
	}

}
