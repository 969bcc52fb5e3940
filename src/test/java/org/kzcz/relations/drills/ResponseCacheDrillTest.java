package org.kzcz.relations.drills;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.SqlStatementCounter;
import org.kzcz.relations.support.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The response cache over real HTTP: a question asked again is answered from memory with
 * exactly the answer the handler gave (status, headers, body; compressed as before), at
 * no statement; a write moves the data version and the next read is the new answer; a
 * reused answer is still counted against the client's budget and carries that client's
 * own rate-limit headers and request id. Each request comes from its own client address
 * (X-Forwarded-For from loopback is trusted), so the small budget of this context binds
 * only where a test spends it.
 */
@DrillServer
@TestPropertySource(properties = { "app.response-cache.max-size=16MB", "app.rate-limit.enabled=true",
		"app.rate-limit.anonymous-per-minute=5" })
class ResponseCacheDrillTest {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	/** Headers that belong to the request or the moment, not to the answer. */
	private static final List<String> PER_REQUEST = List.of("date", "x-request-id", "ratelimit-limit",
			"ratelimit-remaining", "ratelimit-reset", "content-length");

	@LocalServerPort
	int port;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	MeterRegistry meters;

	@Test
	void everySeedQuestionAskedAgainGetsTheSameAnswerWithoutAStatement() throws IOException {
		List<String> uris = Files.readAllLines(Path.of("src/test/resources/snapshots/seed-answers.txt"))
			.stream()
			.filter((line) -> line.startsWith("=== GET "))
			.map((line) -> line.substring("=== GET ".length()))
			.toList();
		assertThat(uris).hasSizeGreaterThan(300);
		List<String> differing = new ArrayList<>();
		int reusedStatements = 0;
		for (String uri : uris) {
			HttpResponse<String> first = get(uri);
			this.statements.reset();
			HttpResponse<String> again = get(uri);
			reusedStatements += this.statements.count();
			if (first.statusCode() != again.statusCode() || !first.body().equals(again.body())
					|| !answerHeaders(first).equals(answerHeaders(again))) {
				differing.add(uri);
			}
		}
		assertThat(differing).as("answers that differ when asked again").isEmpty();
		assertThat(reusedStatements).as("statements for %d repeated questions", uris.size()).isZero();
	}

	@Test
	void aReusedAnswerIsCompressedLikeAFreshOne() throws IOException {
		String uri = "/api/v1/trade/series?country=KZ&partner=CZ&indicator=EXPORTS";
		HttpResponse<String> plain = get(uri);
		get(uri, "Accept-Encoding", "gzip");
		HttpResponse<byte[]> zipped = getBytes(uri, "Accept-Encoding", "gzip");
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
		}
	}

	@Test
	void aWriteMovesTheVersionSoTheNextReadIsTheNewAnswer() {
		String slug = "response-cache-drill-" + System.nanoTime();
		String path = "/api/v1/sources/" + slug;
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri(path.replace("/" + slug, "")))
			.header("X-API-Key", TestKeys.ADMIN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"slug\":\"" + slug + "\",\"title\":\"Before the change\",\"kind\":\"NEWS\"}")));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(get(path).body()).contains("Before the change");
		assertThat(get(path).body()).contains("Before the change");
		HttpResponse<String> patched = send(HttpRequest.newBuilder(uri(path))
			.header("X-API-Key", TestKeys.ADMIN)
			.header("Content-Type", "application/merge-patch+json")
			.header("If-Match", created.headers().firstValue("ETag").orElseThrow())
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"After the change\"}")));
		assertThat(patched.statusCode()).isEqualTo(200);
		HttpResponse<String> read = get(path);
		assertThat(read.body()).contains("After the change").doesNotContain("Before the change");
	}

	@Test
	void aReusedAnswerStillSpendsTheClientsBudgetAndCarriesItsOwnHeaders() {
		String client = nextClient();
		String uri = "/api/v1/countries/KZ";
		List<String> remaining = new ArrayList<>();
		List<String> requestIds = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> answer = send(
					HttpRequest.newBuilder(uri(uri)).header("X-Forwarded-For", client).header("X-Request-Id", "c" + i));
			assertThat(answer.statusCode()).isEqualTo(200);
			remaining.add(answer.headers().firstValue("RateLimit-Remaining").orElseThrow());
			requestIds.add(answer.headers().firstValue("X-Request-Id").orElseThrow());
		}
		assertThat(remaining).containsExactly("4", "3", "2", "1", "0");
		assertThat(requestIds).containsExactly("c0", "c1", "c2", "c3", "c4");
		HttpResponse<String> sixth = send(HttpRequest.newBuilder(uri(uri)).header("X-Forwarded-For", client));
		assertThat(sixth.statusCode()).isEqualTo(429);
	}

	@Test
	void anAnswerFromMemoryIsCountedUnderItsRoute() {
		String uri = "/api/v1/countries/CZ";
		get(uri);
		double before = requestsTo("/api/v1/countries/{code}");
		get(uri);
		get(uri);
		// the observation ends after the answer is sent
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(requestsTo("/api/v1/countries/{code}") - before).isEqualTo(2));
	}

	private double requestsTo(String route) {
		return this.meters.find("http.server.requests")
			.tag("uri", route)
			.timers()
			.stream()
			.mapToDouble((timer) -> timer.count())
			.sum();
	}

	private static Map<String, List<String>> answerHeaders(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.keySet().removeIf((name) -> PER_REQUEST.contains(name.toLowerCase()));
		return headers;
	}

	private HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", nextClient());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	private HttpResponse<byte[]> getBytes(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("X-Forwarded-For", nextClient())
			.headers(headers);
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return new DrillHttp(this.port).send(request);
	}

	private java.net.URI uri(String path) {
		return java.net.URI.create("http://localhost:" + this.port + path);
	}

	/** A client address of its own for each request: 10.77.x.y. */
	private static String nextClient() {
		int n = CLIENTS.incrementAndGet();
		return "10.77." + (n / 250) + "." + (1 + n % 250);
	}

}
