package org.kzcz.relations.drills;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill 10 (contract drift): writes the OpenAPI document the application serves to
 * {@code target/openapi.json}, where {@code .ci/run} lints it with Spectral and compares
 * it with the committed {@code docs/openapi.json} (openapi-diff fails on breaking
 * changes).
 */
@IntegrationTest
class OpenApiDocumentDrillTest {

	static final Path GENERATED = Path.of("target", "openapi.json");

	@Autowired
	MockMvcTester mvc;

	@Test
	void writesTheServedDocumentForLintAndDriftChecks() throws Exception {
		MvcTestResult docs = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(docs).hasStatusOk();
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		JsonNode document = json.readTree(docs.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(document.path("openapi").asString()).startsWith("3.");
		Files.createDirectories(GENERATED.getParent());
		Files.writeString(GENERATED, json.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
		int operations = 0;
		for (JsonNode path : document.path("paths")) {
			operations += path.size();
		}
		System.out.println("DRILL contract: " + document.path("paths").size() + " paths, " + operations
				+ " operations written to " + GENERATED);
		assertThat(operations).isPositive();
	}

}
