package org.kzcz.relations.drills;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: a path and query over 8 KiB is 414, a header line over 8 KiB or headers
 * over 16 KiB in all are 431, each a problem; past Tomcat's own buffer (64 KiB) the
 * answer is still a 4xx problem, never a 5xx. Requests under the limits go through.
 */
@DrillServer
class OverlongRequestDrillTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aTenKilobyteUrlIs414() throws Exception {
		assertProblem(raw().get("/api/v1/countries?q=" + "a".repeat(10_000), "localhost"), 414);
	}

	@Test
	void aTenKilobyteHeaderIs431() throws Exception {
		assertProblem(raw().get("/api/v1/countries", "localhost", "X-Padding: " + "b".repeat(10_000)), 431);
	}

	@Test
	void headersOverSixteenKilobytesInAllAre431() throws Exception {
		String[] headers = new String[4];
		for (int i = 0; i < headers.length; i++) {
			headers[i] = "X-Padding-" + i + ": " + "c".repeat(5_000);
		}
		assertProblem(raw().get("/api/v1/countries", "localhost", headers), 431);
	}

	@Test
	void beyondTomcatsOwnBufferTheAnswerIsStillA4xxProblem() throws Exception {
		RawHttp.Response header = raw().get("/api/v1/countries", "localhost", "X-Padding: " + "d".repeat(100_000));
		RawHttp.Response url = raw().get("/api/v1/countries?q=" + "e".repeat(100_000), "localhost");
		for (RawHttp.Response response : new RawHttp.Response[] { header, url }) {
			assertThat(response.status()).isBetween(400, 499);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		}
	}

	@Test
	void requestsJustUnderTheLimitsGoThrough() throws Exception {
		RawHttp.Response response = raw().get("/api/v1/countries?unused=" + "f".repeat(7_000), "localhost",
				"X-Padding: " + "g".repeat(7_000));
		assertThat(response.status()).isEqualTo(200);
	}

	private static void assertProblem(RawHttp.Response response, int status) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("type").asString()).startsWith("/problems/");
		assertThat(problem.path("title").asString()).isNotBlank();
	}

	private RawHttp raw() {
		return new RawHttp(this.port);
	}

}
