package org.kzcz.relations.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI as an analyst meets it: it opens on the public read API, trade first, with
 * links to operations; the writes and admin are a second document; the full document at
 * /v3/api-docs keeps every operation for the contract tools.
 */
@IntegrationTest
class SwaggerGroupsTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void swaggerUiOpensOnThePublicReadApiWithDeepLinks() {
		JsonNode config = read("/v3/api-docs/swagger-config");
		List<String> groups = new ArrayList<>();
		config.path("urls").forEach((url) -> groups.add(url.path("name").asString()));
		assertThat(groups).containsExactlyInAnyOrder("Public read API", "Curation and admin (API key)");
		assertThat(config.path("urls.primaryName").asString()).isEqualTo("Public read API");
		assertThat(config.path("deepLinking").asBoolean()).isTrue();
		assertThat(config.has("tagsSorter")).isFalse();
	}

	@Test
	void swaggerUiShowsSvgAnswersAsChartsAndKeepsSpringdocsConfiguration() throws Exception {
		String script = this.mvc.get()
			.uri("/swagger-ui/swagger-initializer.js")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(script).contains("const KzczSvgCharts = function")
			.contains("SwaggerUIBundle.plugins.DownloadUrl,\n      KzczSvgCharts")
			.contains("/v3/api-docs/swagger-config");
	}

	@Test
	void theReadDocumentHoldsEveryPublicReadTradeFirstAndNoWrite() {
		JsonNode read = read("/v3/api-docs/read");
		Map<String, List<String>> operations = operations(read);
		assertThat(operations).containsKey("/api/v1/trade/series").doesNotContainKey("/api/v1/admin/api-keys");
		assertThat(operations.values()).allSatisfy((methods) -> assertThat(methods).containsOnly("get"));
		assertThat(read.path("tags").get(0).path("name").asString()).isEqualTo("Trade");
		JsonNode series = read.path("paths").path("/api/v1/trade/series").path("get");
		assertThat(series.path("responses").path("200").path("content").propertyNames()).contains("application/json",
				"text/csv", "image/svg+xml");
		assertThat(series.path("responses").path("404").path("content").has("application/problem+json")).isTrue();
		JsonNode width = null;
		for (JsonNode parameter : series.path("parameters")) {
			if (parameter.path("name").asString().equals("width")) {
				width = parameter.path("schema");
			}
		}
		assertThat(width).isNotNull();
		assertThat(width.path("type").asString()).isEqualTo("integer");
		assertThat(width.path("minimum").asInt()).isEqualTo(320);
		assertThat(width.path("maximum").asInt()).isEqualTo(2400);
	}

	@Test
	void theCurationDocumentHoldsTheWritesAndAdminWithTheirProblems() {
		JsonNode curation = read("/v3/api-docs/curation");
		Map<String, List<String>> operations = operations(curation);
		assertThat(operations).containsKeys("/api/v1/sources", "/api/v1/admin/api-keys")
			.doesNotContainKey("/api/v1/trade/series");
		assertThat(operations.get("/api/v1/sources")).containsExactly("post");
		assertThat(operations.get("/api/v1/admin/api-keys")).contains("get", "post");
		assertThat(curation.path("paths").path("/api/v1/sources").path("post").path("responses").has("401")).isTrue();
		assertThat(curation.path("paths").path("/api/v1/sources/{id}").path("patch").path("responses").has("428"))
			.isTrue();
		assertThat(curation.path("tags").get(curation.path("tags").size() - 1).path("name").asString())
			.isEqualTo("Admin: API keys");
	}

	@Test
	void theFullDocumentKeepsEveryOperationInTheAnalystsOrder() {
		JsonNode full = read("/v3/api-docs");
		Map<String, List<String>> operations = operations(full);
		int all = operations.values().stream().mapToInt(List::size).sum();
		int split = operations(read("/v3/api-docs/read")).values().stream().mapToInt(List::size).sum()
				+ operations(read("/v3/api-docs/curation")).values().stream().mapToInt(List::size).sum();
		assertThat(all).isEqualTo(split).isGreaterThan(50);
		List<String> tags = new ArrayList<>();
		full.path("tags").forEach((tag) -> tags.add(tag.path("name").asString()));
		assertThat(tags).startsWith("Trade", "Trade figures").endsWith("Admin: API keys");
	}

	private JsonNode read(String uri) {
		return JsonMapper.shared().readTree(this.mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray());
	}

	private static Map<String, List<String>> operations(JsonNode document) {
		Map<String, List<String>> operations = new java.util.TreeMap<>();
		document.path("paths").properties().forEach((path) -> {
			List<String> methods = new ArrayList<>(path.getValue().propertyNames());
			methods.removeIf((name) -> !List.of("get", "put", "post", "patch", "delete").contains(name));
			operations.put(path.getKey(), methods);
		});
		return operations;
	}

}
