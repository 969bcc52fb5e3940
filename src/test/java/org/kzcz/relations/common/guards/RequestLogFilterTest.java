package org.kzcz.relations.common.guards;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.TestKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLogFilterTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	LoggingSystem logging;

	/** The test profile keeps the access log quiet; these tests read it. */
	@BeforeEach
	void accessLogOn() {
		this.logging.setLogLevel(RequestLogFilter.class.getName(), LogLevel.INFO);
	}

	@AfterEach
	void accessLogOff() {
		this.logging.setLogLevel(RequestLogFilter.class.getName(), LogLevel.WARN);
	}

	@Test
	void keepsAPlainIncomingRequestId() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/countries/KZ")
			.header(RequestIds.HEADER, "Client-7.retry_2")
			.exchange();
		assertThat(result).hasStatusOk().hasHeader(RequestIds.HEADER, "Client-7.retry_2");
	}

	@Test
	void replacesAMissingOverlongOrOddRequestIdWithANewOne() {
		for (String incoming : new String[] { null, "", "x".repeat(65), "two words", "id\r\nX-Evil: 1", "ü" }) {
			MockMvcRequestBuilder request = this.mvc.get().uri("/api/v1/countries/KZ");
			if (incoming != null) {
				request.header(RequestIds.HEADER, incoming);
			}
			String answered = request.exchange().getResponse().getHeader(RequestIds.HEADER);
			assertThat(answered).as("answer to %s", incoming).matches(UUID_PATTERN);
		}
		assertThat(this.mvc.get().uri("/api/v1/countries/KZ").header(RequestIds.HEADER, "x".repeat(64)).exchange())
			.hasHeader(RequestIds.HEADER, "x".repeat(64));
	}

	@Test
	void everyProblemNamesItsRequestAsItsHeaderDoes() {
		String curator = TestKeys.curator(this.mvc);
		List<MvcTestResult> problems = List.of(
				// Spring Security's chain: no key on a write, an unknown key, a curator
				// on an admin route, a URL its firewall refuses
				this.mvc.post().uri("/api/v1/sources").contentType(MediaType.APPLICATION_JSON).content("{}").exchange(),
				this.mvc.get().uri("/api/v1/countries").header("X-API-Key", "kzcz_no-such-key").exchange(),
				this.mvc.get().uri("/api/v1/admin/api-keys").header("X-API-Key", curator).exchange(),
				this.mvc.get().uri("/api/v1/meetings/a%2F..%2Fb").exchange(),
				// filters that answer by themselves
				this.mvc.get().uri("/api/v1/countries").header("Accept", "garbage").exchange(),
				// Spring MVC's handler
				this.mvc.get().uri("/api/v1/meetings/no-such-meeting").exchange(),
				this.mvc.get().uri("/api/v1/meetings?size=0").exchange(),
				this.mvc.get().uri("/api/v1/no-such-collection").exchange());
		for (MvcTestResult problem : problems) {
			String header = problem.getResponse().getHeader(RequestIds.HEADER);
			JsonNode body = JSON.readTree(Curator.body(problem));
			assertThat(problem.getResponse().getStatus()).isBetween(400, 499);
			assertThat(header).as("X-Request-Id of a %s", problem.getResponse().getStatus()).matches(UUID_PATTERN);
			assertThat(body.path("requestId").asString()).as("requestId of %s", body).isEqualTo(header);
		}
	}

	@Test
	void logsOneLinePerRequestWithRouteTemplateStatusAndKeyIdButNeverTheSecret(CapturedOutput output) {
		JsonNode created = JSON.readTree(Curator.body(this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header("X-API-Key", TestKeys.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"access log test\",\"role\":\"CURATOR\"}")
			.exchange()));
		String secret = created.path("secret").asString();
		long keyId = created.path("apiKey").path("id").asLong();
		String id = "log-" + UUID.randomUUID();

		assertThat(this.mvc.get()
			.uri("/api/v1/meetings/no-such-meeting-{n}", 42)
			.header("X-API-Key", secret)
			.header(RequestIds.HEADER, id)).hasStatus(404);

		List<String> lines = linesNaming(output, id);
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0))
			.containsPattern("GET /api/v1/meetings/\\{id\\} 404 \\d+ ms client=127\\.0\\.0\\.1 key=" + keyId + "$");
		assertThat(output.getAll()).doesNotContain(secret).doesNotContain("no-such-meeting-42");
	}

	@Test
	void logsUnmatchedPathsAndTheSecurityChainsRefusalsWithoutErrors(CapturedOutput output) {
		String unknown = "unknown-" + UUID.randomUUID();
		String refused = "refused-" + UUID.randomUUID();
		this.mvc.get().uri("/api/v1/no-such-collection/x").header(RequestIds.HEADER, unknown).exchange();
		this.mvc.post()
			.uri("/api/v1/sources")
			.header(RequestIds.HEADER, refused)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();

		assertThat(linesNaming(output, unknown)).singleElement()
			.asString()
			.containsPattern("GET unmatched 404 \\d+ ms client=127\\.0\\.0\\.1 key=-$")
			.doesNotContain("ERROR")
			.doesNotContain("WARN");
		assertThat(linesNaming(output, refused)).singleElement()
			.asString()
			.containsPattern("POST unmatched 401 \\d+ ms")
			.doesNotContain("ERROR")
			.doesNotContain("WARN");
	}

	private static List<String> linesNaming(CapturedOutput output, String requestId) {
		return output.getAll().lines().filter((line) -> line.contains(requestId)).toList();
	}

}
