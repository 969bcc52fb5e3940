package org.kzcz.relations.drills;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS over real HTTP, as a browser page on another origin meets it: public reads (and
 * their errors) are answered to any origin, writes only to a listed one, and every
 * problem a page can meet (404, 401, 400 from the firewall, 414, 503, 429) carries the
 * headers that let the page read it. The 429 test spends this context's anonymous budget,
 * so it runs last.
 */
@DrillServer
@TestPropertySource(properties = { "app.cors.write-origins=http://127.0.0.1:3000, https://curation.example.org",
		"app.rate-limit.enabled=true", "app.rate-limit.anonymous-per-minute=60" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorsDrillTest {

	private static final String LISTED = "http://127.0.0.1:3000";

	private static final String UNLISTED = "http://127.0.0.1:3001";

	private static final String SERIES = "/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	DatabaseOutage outage;

	@Test
	void aPreflightOfAConditionalReadIsAnsweredToAnyOriginWithWhatAPageMayReadAndSend() {
		HttpResponse<String> preflight = preflight(SERIES, UNLISTED, "GET", "if-none-match, x-request-id");
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(header(preflight, "Access-Control-Allow-Origin")).contains("*");
		assertThat(list(preflight, "Access-Control-Allow-Methods")).containsExactly("GET", "HEAD");
		assertThat(list(preflight, "Access-Control-Allow-Headers")).containsExactlyInAnyOrder("if-none-match",
				"x-request-id");
		assertThat(header(preflight, "Access-Control-Max-Age")).contains("3600");
		assertThat(header(preflight, "Access-Control-Allow-Credentials")).isEmpty();
		assertThat(list(preflight, "Vary")).contains("Origin");
	}

	@Test
	void aPreflightOfAWriteFromAListedOriginNamesTheMethodsAndHeadersOfThatRoute() {
		HttpResponse<String> item = preflight("/api/v1/sources/some-source", LISTED, "PATCH",
				"content-type, if-match, x-api-key");
		assertThat(item.statusCode()).isEqualTo(200);
		assertThat(header(item, "Access-Control-Allow-Origin")).contains(LISTED);
		assertThat(list(item, "Access-Control-Allow-Methods")).containsExactly("GET", "HEAD", "PUT", "PATCH", "DELETE");
		assertThat(list(item, "Access-Control-Allow-Headers")).containsExactlyInAnyOrder("content-type", "if-match",
				"x-api-key");
		assertThat(list(item, "Vary")).contains("Origin");

		// Swagger UI's origin, the public base URL, may write without being listed.
		HttpResponse<String> swaggerUi = preflight("/api/v1/sources", "http://localhost:8080", "POST",
				"content-type, x-api-key");
		assertThat(swaggerUi.statusCode()).isEqualTo(200);
		assertThat(header(swaggerUi, "Access-Control-Allow-Origin")).contains("http://localhost:8080");

		HttpResponse<String> collection = preflight("/api/v1/sources", LISTED, "POST", "content-type, x-api-key");
		assertThat(collection.statusCode()).isEqualTo(200);
		assertThat(list(collection, "Access-Control-Allow-Methods")).containsExactly("GET", "HEAD", "POST");
	}

	@Test
	void aPreflightOfAWriteIsRefusedToAnUnlistedOriginAndOnAReadOnlyRoute() {
		HttpResponse<String> unlisted = preflight("/api/v1/sources/some-source", UNLISTED, "PATCH",
				"content-type, if-match, x-api-key");
		assertRefused(unlisted);

		HttpResponse<String> readOnly = preflight(SERIES, LISTED, "POST", "content-type, x-api-key");
		assertRefused(readOnly);

		HttpResponse<String> unknownHeader = preflight(SERIES, UNLISTED, "GET", "x-something-else");
		assertRefused(unknownHeader);
	}

	@Test
	void aPublicReadIsTheSameForEveryOriginAndExposesWhatAPageNeeds() {
		DrillHttp http = new DrillHttp(this.port);
		HttpResponse<String> fromPage = http.get(SERIES, "Origin", UNLISTED);
		HttpResponse<String> withoutOrigin = http.get(SERIES);
		assertThat(fromPage.statusCode()).isEqualTo(200);
		assertThat(fromPage.body()).contains("\"indicator\":\"TURNOVER\"");
		assertThat(header(fromPage, "Access-Control-Allow-Origin")).contains("*");
		assertThat(list(fromPage, "Access-Control-Expose-Headers")).contains("ETag", "Location", "RateLimit-Limit",
				"RateLimit-Remaining", "RateLimit-Reset", "Retry-After", "X-Request-Id");
		// Same answer with or without an Origin: a shared cache keeps one copy, not one
		// per origin.
		assertThat(header(withoutOrigin, "Access-Control-Allow-Origin")).contains("*");
		assertThat(list(fromPage, "Vary")).map(String::toLowerCase).contains("accept").doesNotContain("origin");
		assertThat(header(fromPage, "ETag")).isEqualTo(header(withoutOrigin, "ETag"));
	}

	@Test
	void aConditionalReadAnsweredNotModifiedCarriesTheCorsHeaders() {
		DrillHttp http = new DrillHttp(this.port);
		String etag = header(http.get(SERIES, "Origin", UNLISTED), "ETag").orElseThrow();
		HttpResponse<String> notModified = http.get(SERIES, "Origin", UNLISTED, "If-None-Match", etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(header(notModified, "Access-Control-Allow-Origin")).contains("*");
		assertThat(header(notModified, "ETag")).contains(etag);
	}

	@Test
	void problemsOfReadsCarryTheCorsHeadersSoAPageCanReadThem() {
		DrillHttp http = new DrillHttp(this.port);
		HttpResponse<String> notFound = http.get("/api/v1/sources/no-such-source", "Origin", UNLISTED);
		assertProblemReadable(notFound, 404, "*");

		HttpResponse<String> badParameter = http.get("/api/v1/trade/series?country=XX&partner=CZ", "Origin", UNLISTED);
		assertProblemReadable(badParameter, 400, "*");

		HttpResponse<String> unknownKey = http.get(SERIES, "Origin", UNLISTED, "X-API-Key", "kzcz_no-such-key");
		assertProblemReadable(unknownKey, 401, "*");

		// The firewall answers before the security chain's CORS filter runs.
		HttpResponse<String> firewall = http.get("/api/v1/sources/%2e%2e/meetings", "Origin", UNLISTED);
		assertProblemReadable(firewall, 400, "*");

		HttpResponse<String> tooLong = http.get("/api/v1/sources?q=" + "a".repeat(9000), "Origin", UNLISTED);
		assertProblemReadable(tooLong, 414, "*");

		HttpResponse<String> badAccept = http.get(SERIES, "Origin", UNLISTED, "Accept", "no media type");
		assertProblemReadable(badAccept, 406, "*");

		this.outage.failNextConnections(1);
		try {
			HttpResponse<String> unavailable = http.get("/api/v1/sources", "Origin", UNLISTED);
			assertProblemReadable(unavailable, 503, "*");
		}
		finally {
			this.outage.end();
		}
	}

	@Test
	void aListedOriginWritesWithItsKeyAndAnUnlistedOneIsRefusedBeforeAnythingChanges() {
		DrillHttp http = new DrillHttp(this.port);
		String curator = DrillKeys.create(http, "cors drill").curator();
		String slug = "cors-drill-" + UUID.randomUUID().toString().substring(0, 8);
		String body = "{\"slug\":\"" + slug + "\",\"title\":\"CORS drill\",\"kind\":\"OTHER\"}";

		HttpResponse<String> refused = http.send(http.request("/api/v1/sources")
			.header("Origin", UNLISTED)
			.header("X-API-Key", curator)
			.header("Content-Type", "application/json")
			.POST(DrillHttp.json(body)));
		assertRefused(refused);
		assertThat(http.get("/api/v1/sources/" + slug).statusCode()).isEqualTo(404);

		HttpResponse<String> withoutKey = http.send(http.request("/api/v1/sources")
			.header("Origin", LISTED)
			.header("Content-Type", "application/json")
			.POST(DrillHttp.json(body)));
		assertProblemReadable(withoutKey, 401, LISTED);

		HttpResponse<String> created = http.send(http.request("/api/v1/sources")
			.header("Origin", LISTED)
			.header("X-API-Key", curator)
			.header("Content-Type", "application/json")
			.POST(DrillHttp.json(body)));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(header(created, "Access-Control-Allow-Origin")).contains(LISTED);
		assertThat(list(created, "Access-Control-Expose-Headers")).contains("Location", "ETag");
		assertThat(list(created, "Vary")).contains("Origin");

		HttpResponse<String> patched = http.send(http.request("/api/v1/sources/" + slug)
			.header("Origin", LISTED)
			.header("X-API-Key", curator)
			.header("If-Match", header(created, "ETag").orElseThrow())
			.header("Content-Type", "application/merge-patch+json")
			.method("PATCH", DrillHttp.json("{\"title\":\"CORS drill, patched\"}")));
		assertThat(patched.statusCode()).isEqualTo(200);
		assertThat(header(patched, "Access-Control-Allow-Origin")).contains(LISTED);

		HttpResponse<String> stale = http.send(http.request("/api/v1/sources/" + slug)
			.header("Origin", LISTED)
			.header("X-API-Key", curator)
			.header("If-Match", header(created, "ETag").orElseThrow())
			.header("Content-Type", "application/merge-patch+json")
			.method("PATCH", DrillHttp.json("{\"title\":\"CORS drill, stale\"}")));
		assertProblemReadable(stale, 412, LISTED);
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void aSpentRateLimitIsAProblemAPageCanRead() {
		DrillHttp http = new DrillHttp(this.port);
		HttpResponse<String> response = null;
		for (int i = 0; i < 100 && (response == null || response.statusCode() != 429); i++) {
			response = http.get("/api/v1/countries", "Origin", UNLISTED);
		}
		assertProblemReadable(response, 429, "*");
		assertThat(header(response, "Retry-After")).isPresent();
	}

	private HttpResponse<String> preflight(String path, String origin, String method, String headers) {
		DrillHttp http = new DrillHttp(this.port);
		return http.send(http.request(path)
			.header("Origin", origin)
			.header("Access-Control-Request-Method", method)
			.header("Access-Control-Request-Headers", headers)
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

	private static void assertProblemReadable(HttpResponse<String> response, int status, String allowOrigin) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
		assertThat(header(response, "Content-Type")).contains("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(header(response, "Access-Control-Allow-Origin")).as(response.uri() + " " + status)
			.contains(allowOrigin);
		assertThat(list(response, "Access-Control-Expose-Headers")).contains("X-Request-Id");
	}

	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(header(response, "Access-Control-Allow-Origin")).isEmpty();
		assertThat(header(response, "Content-Type")).contains("application/problem+json");
		assertThat(response.body()).contains("Cross-origin request refused");
	}

	private static Optional<String> header(HttpResponse<String> response, String name) {
		return response.headers().firstValue(name);
	}

	private static List<String> list(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues(name)
			.stream()
			.flatMap((value) -> java.util.Arrays.stream(value.split(",")))
			.map(String::trim)
			.filter((value) -> !value.isEmpty())
			.toList();
	}

}
