package org.kzcz.relations.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A frontend under development on another origin, calling the API from Chromium with
 * {@code fetch}, as issue 12 found it could not: reads from any origin (JSON, a
 * conditional GET, a problem body), and curation writes only from an origin listed in
 * {@code app.cors.write-origins}; the browser itself refuses an unlisted origin's write.
 */
class CrossOriginBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SERIES = "/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER";

	@Test
	void aPageOnAnotherOriginReadsJson() {
		openFrontend(UNLISTED_FRONTEND);
		Map<String, Object> answer = call(url(SERIES), Map.of());
		assertThat(answer).doesNotContainKey("error").containsEntry("status", 200L);
		assertThat((String) answer.get("contentType")).startsWith("application/json");
		assertThat(body(answer).path("points")).hasSize(7);
	}

	@Test
	void aConditionalGetFromAnotherOriginIsAnswered304() {
		openFrontend(UNLISTED_FRONTEND);
		String path = url("/api/v1/countries/KZ");
		Map<String, Object> first = call(path, Map.of());
		assertThat(first).containsEntry("status", 200L);
		String etag = (String) first.get("etag");
		assertThat(etag).as("the ETag is exposed to the page's script").isNotBlank();

		// The page revalidates by itself...
		Map<String, Object> explicit = call(path, Map.of("headers", Map.of("If-None-Match", etag)));
		assertThat(explicit).containsEntry("status", 304L).containsEntry("body", "");

		// ...or lets the browser do it: the network sees a 304, the script the cached
		// 200.
		chromium.networkLog();
		Map<String, Object> revalidated = call(path, Map.of("cache", "no-cache"));
		assertThat(revalidated).containsEntry("status", 200L).containsEntry("body", first.get("body"));
		assertThat(statusesOnTheNetwork(path)).containsExactly(304L);
	}

	@Test
	void aPageOnAnotherOriginReadsAProblemBody() {
		openFrontend(UNLISTED_FRONTEND);
		Map<String, Object> answer = call(url("/api/v1/meetings/no-such-meeting"), Map.of());
		assertThat(answer).doesNotContainKey("error").containsEntry("status", 404L);
		assertThat((String) answer.get("contentType")).startsWith("application/problem+json");
		JsonNode problem = body(answer);
		assertThat(problem.path("type").asString()).isEqualTo("/problems/not-found");
		assertThat(problem.path("status").asInt()).isEqualTo(404);
		assertThat(problem.path("requestId").asString()).isNotBlank();
	}

	@Test
	void aCuratorOnAListedOriginPatchesWithIfMatch() {
		ApiCalls api = new ApiCalls(base());
		String key = api.curatorKey();
		String slug = newSource(api, key);
		try {
			patchFromTheListedOrigin(api, key, slug);
		}
		finally {
			api.delete(key, "/api/v1/sources/" + slug);
		}
	}

	private static void patchFromTheListedOrigin(ApiCalls api, String key, String slug) {
		openFrontend(LISTED_FRONTEND);
		Map<String, Object> read = call(url("/api/v1/sources/" + slug), Map.of("headers", Map.of("X-API-Key", key)));
		assertThat(read).doesNotContainKey("error").containsEntry("status", 200L);
		String etag = (String) read.get("etag");
		assertThat(etag).isNotBlank();
		Map<String, Object> patched = call(url("/api/v1/sources/" + slug),
				Map.of("method", "PATCH", "headers",
						Map.of("X-API-Key", key, "If-Match", etag, "Content-Type", "application/merge-patch+json"),
						"body", "{\"title\":\"Patched from a frontend\"}"));
		assertThat(patched).doesNotContainKey("error").containsEntry("status", 200L);
		assertThat((String) patched.get("etag")).isNotEqualTo(etag);
		assertThat(api.get("/api/v1/sources/" + slug).path("title").asString()).isEqualTo("Patched from a frontend");

		// The same ETag again is stale: the frontend reads the 412 problem.
		Map<String, Object> stale = call(url("/api/v1/sources/" + slug),
				Map.of("method", "PATCH", "headers",
						Map.of("X-API-Key", key, "If-Match", etag, "Content-Type", "application/merge-patch+json"),
						"body", "{\"title\":\"Overwritten\"}"));
		assertThat(stale).containsEntry("status", 412L);
		assertThat(body(stale).path("status").asInt()).isEqualTo(412);
	}

	@Test
	void theBrowserRefusesAWriteFromAnUnlistedOrigin() {
		ApiCalls api = new ApiCalls(base());
		String key = api.curatorKey();
		String slug = newSource(api, key);
		try {
			patchFromAnUnlistedOrigin(api, key, slug);
		}
		finally {
			api.delete(key, "/api/v1/sources/" + slug);
		}
	}

	private static void patchFromAnUnlistedOrigin(ApiCalls api, String key, String slug) {
		JsonNode before = api.get("/api/v1/sources/" + slug);
		openFrontend(UNLISTED_FRONTEND);
		Map<String, Object> read = call(url("/api/v1/sources/" + slug), Map.of("headers", Map.of("X-API-Key", key)));
		String etag = (String) read.get("etag");
		Map<String, Object> patch = call(url("/api/v1/sources/" + slug),
				Map.of("method", "PATCH", "headers",
						Map.of("X-API-Key", key, "If-Match", (etag != null) ? etag : "\"v0\"", "Content-Type",
								"application/merge-patch+json"),
						"body", "{\"title\":\"Written from an unlisted origin\"}"));
		assertThat(patch).containsKey("error").doesNotContainKey("status");
		assertThat((String) patch.get("error")).contains("TypeError");
		JsonNode after = api.get("/api/v1/sources/" + slug);
		assertThat(after.path("title").asString()).isEqualTo(before.path("title").asString());
		assertThat(after.path("version").asInt()).isEqualTo(before.path("version").asInt());
	}

	private static String newSource(ApiCalls api, String key) {
		String slug = "browser-cors-" + UUID.randomUUID().toString().substring(0, 8);
		api.createSource(key, slug, "Written by the browser tests");
		return slug;
	}

	private static void openFrontend(Frontend frontend) {
		chromium.open(frontend.origin() + "/");
		chromium.await(java.time.Duration.ofSeconds(30),
				(driver) -> (Boolean) chromium.script("return window.client !== undefined"));
	}

	/** {@code fetch(url, init)} in the frontend's page; what its script can see. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> call(String url, Map<String, Object> init) {
		return (Map<String, Object>) chromium.asyncScript(
				"const done = arguments[arguments.length - 1]; window.client.call(arguments[0], arguments[1]).then(done);",
				url, init);
	}

	private static JsonNode body(Map<String, Object> answer) {
		return JSON.readTree((String) answer.get("body"));
	}

	/**
	 * The statuses that came over the wire for {@code url} (the raw response of each
	 * request, before the browser's cache merged a 304 into its stored 200).
	 */
	private static List<Long> statusesOnTheNetwork(String url) {
		List<JsonNode> events = chromium.networkLog()
			.stream()
			.map((entry) -> JSON.readTree(entry.getMessage()).path("message"))
			.toList();
		Set<String> requests = events.stream()
			.filter((event) -> event.path("method").asString().equals("Network.requestWillBeSent")
					&& event.path("params").path("request").path("url").asString().equals(url))
			.map((event) -> event.path("params").path("requestId").asString())
			.collect(Collectors.toSet());
		return events.stream()
			.filter((event) -> event.path("method").asString().equals("Network.responseReceivedExtraInfo")
					&& requests.contains(event.path("params").path("requestId").asString()))
			.map((event) -> event.path("params").path("statusCode").asLong())
			.toList();
	}

}
