package org.kzcz.relations.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A plain java.net.http client for the drills that talk to the real server.
 */
final class DrillHttp {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String base;

	DrillHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
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

	HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = request(path).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/**
	 * Deletes a resource as a curator must: with the ETag of a read just before it in
	 * If-Match ({@code *} proves no version and is refused).
	 */
	HttpResponse<String> deleteAsRead(String path, String key) {
		HttpResponse<String> read = get(path, "X-API-Key", key);
		HttpRequest.Builder delete = request(path).header("X-API-Key", key).DELETE();
		read.headers().firstValue("ETag").ifPresent((etag) -> delete.header("If-Match", etag));
		return send(delete);
	}

	static HttpRequest.BodyPublisher json(String body) {
		return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
	}

	String base() {
		return this.base;
	}

}
