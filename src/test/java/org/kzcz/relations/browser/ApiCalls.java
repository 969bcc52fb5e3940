package org.kzcz.relations.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.kzcz.relations.support.TestKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a browser test prepares or checks behind the browser's back, over plain HTTP: a
 * curator key, a source, the stored state after the browser's attempt.
 */
final class ApiCalls {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String base;

	ApiCalls(String base) {
		this.base = base;
	}

	String curatorKey() {
		JsonNode created = send(request("/api/v1/admin/api-keys").header("X-API-Key", TestKeys.ADMIN)
			.header("Content-Type", "application/json")
			.POST(body("{\"name\":\"browser tests\",\"role\":\"CURATOR\"}")), 201);
		return created.path("secret").asString();
	}

	/** Creates a source through the curation API, as a curator would. */
	void createSource(String key, String slug, String title) {
		send(request("/api/v1/sources").header("X-API-Key", key)
			.header("Content-Type", "application/json")
			.POST(body(JSON.writeValueAsString(java.util.Map.of("slug", slug, "title", title, "kind", "OTHER")))), 201);
	}

	/**
	 * Deletes what a test created, as a curator must (If-Match with the ETag of a read),
	 * so the lists other tests read are as the seed data left them.
	 */
	void delete(String key, String path) {
		HttpResponse<String> read = exchange(request(path).header("X-API-Key", key).GET());
		String etag = read.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> deleted = exchange(
				request(path).header("X-API-Key", key).header("If-Match", etag).DELETE());
		if (deleted.statusCode() != 204) {
			throw new IllegalStateException("Could not delete " + path + ": " + deleted.body());
		}
	}

	JsonNode get(String path) {
		return send(request(path).GET(), 200);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30));
	}

	private static HttpRequest.BodyPublisher body(String json) {
		return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
	}

	private JsonNode send(HttpRequest.Builder request, int expected) {
		HttpResponse<String> response = exchange(request);
		if (response.statusCode() != expected) {
			throw new IllegalStateException(
					"Expected " + expected + " but got " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> exchange(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
