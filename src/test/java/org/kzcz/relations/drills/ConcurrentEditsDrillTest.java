package org.kzcz.relations.drills;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.TestKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill 5 (concurrent edits): 20 real threads send the same change with the same If-Match
 * at the same moment, over HTTP to the running server. Exactly one may win; the other 19
 * must get 412, and the history must show exactly one new entry.
 */
@DrillServer
class ConcurrentEditsDrillTest {

	private static final int WRITERS = 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private DrillHttp http;

	@BeforeEach
	void connect() {
		this.http = new DrillHttp(this.port);
	}

	@Test
	void twentyConcurrentReplacementsOfASourceWithOneIfMatchLetExactlyOneThrough() throws Exception {
		String slug = "drill-concurrent-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = this.http.send(this.http.request("/api/v1/sources")
			.header("X-API-Key", TestKeys.ADMIN)
			.header("Content-Type", "application/json")
			.POST(DrillHttp.json(sourceBody(slug, "Concurrent edit drill"))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		try {
			Outcome outcome = race("/api/v1/sources/" + slug, "PUT", "application/json",
					(writer) -> sourceBody(slug, "Concurrent edit by writer " + writer));
			report("PUT /api/v1/sources/{id}", outcome);
			assertThat(outcome.statuses()).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1, 412, WRITERS - 1));
			assertThat(outcome.newHistoryEntries()).isEqualTo(1);
			assertThat(outcome.storedTitle()).isEqualTo("Concurrent edit by writer " + outcome.winner());
		}
		finally {
			this.http.deleteAsRead("/api/v1/sources/" + slug, TestKeys.ADMIN);
		}
	}

	@Test
	void twentyConcurrentMergePatchesOfAMeetingWithOneIfMatchLetExactlyOneThrough() throws Exception {
		String source = "drill-concurrent-source-" + UUID.randomUUID().toString().substring(0, 8);
		String slug = "drill-concurrent-meeting-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.http
			.send(this.http.request("/api/v1/sources")
				.header("X-API-Key", TestKeys.ADMIN)
				.header("Content-Type", "application/json")
				.POST(DrillHttp.json(sourceBody(source, "Concurrent edit drill source"))))
			.statusCode()).isEqualTo(201);
		HttpResponse<String> created = this.http.send(this.http.request("/api/v1/meetings")
			.header("X-API-Key", TestKeys.ADMIN)
			.header("Content-Type", "application/json")
			.POST(DrillHttp.json("{\"slug\":\"" + slug + "\",\"title\":\"Concurrent edit drill\",\"kind\":\"TALKS\","
					+ "\"status\":\"HELD\",\"startDate\":\"2001-01-01\",\"datePrecision\":\"DAY\",\"country\":\"KZ\","
					+ "\"sources\":[\"" + source + "\"]}")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		try {
			Outcome outcome = race("/api/v1/meetings/" + slug, "PATCH", "application/merge-patch+json",
					(writer) -> "{\"title\":\"Concurrent edit by writer " + writer + "\"}");
			report("PATCH /api/v1/meetings/{id}", outcome);
			assertThat(outcome.statuses()).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1, 412, WRITERS - 1));
			assertThat(outcome.newHistoryEntries()).isEqualTo(1);
			assertThat(outcome.storedTitle()).isEqualTo("Concurrent edit by writer " + outcome.winner());
		}
		finally {
			for (String path : List.of("/api/v1/meetings/" + slug, "/api/v1/sources/" + source)) {
				this.http.deleteAsRead(path, TestKeys.ADMIN);
			}
		}
	}

	/**
	 * Reads the resource, then lets every writer send its change with that one ETag at
	 * the same moment, each on its own thread and connection.
	 */
	private Outcome race(String path, String method, String contentType, IntFunction<String> body) throws Exception {
		HttpResponse<String> read = this.http.get(path);
		assertThat(read.statusCode()).isEqualTo(200);
		String etag = read.headers().firstValue("ETag").orElseThrow();
		int historyBefore = historySize(path);
		String curator = createCurator();
		CountDownLatch ready = new CountDownLatch(WRITERS);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		List<Future<HttpResponse<String>>> responses = new ArrayList<>();
		try {
			for (int writer = 0; writer < WRITERS; writer++) {
				HttpRequest.Builder request = this.http.request(path)
					.header("X-API-Key", curator)
					.header("If-Match", etag)
					.header("Content-Type", contentType)
					.method(method, DrillHttp.json(body.apply(writer)));
				DrillHttp client = new DrillHttp(this.port);
				responses.add(writers.submit(() -> {
					ready.countDown();
					go.await();
					return client.send(request);
				}));
			}
			ready.await();
			go.countDown();
			Map<Integer, Integer> statuses = new TreeMap<>();
			int winner = -1;
			for (int writer = 0; writer < WRITERS; writer++) {
				HttpResponse<String> response = responses.get(writer).get();
				statuses.merge(response.statusCode(), 1, Integer::sum);
				if (response.statusCode() == 200) {
					winner = writer;
				}
				else {
					assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
				}
			}
			String storedTitle = JSON.readTree(this.http.get(path, "X-API-Key", curator).body())
				.path("title")
				.asString();
			return new Outcome(statuses, historySize(path) - historyBefore, winner, storedTitle);
		}
		finally {
			writers.shutdownNow();
		}
	}

	private int historySize(String path) {
		HttpResponse<String> history = this.http.get(path + "/history", "X-API-Key", TestKeys.ADMIN);
		assertThat(history.statusCode()).isEqualTo(200);
		return JSON.readTree(history.body()).path("entries").size();
	}

	private String createCurator() {
		HttpResponse<String> created = this.http.send(this.http.request("/api/v1/admin/api-keys")
			.header("X-API-Key", TestKeys.ADMIN)
			.header("Content-Type", "application/json")
			.POST(DrillHttp.json("{\"name\":\"concurrent edit drill\",\"role\":\"CURATOR\"}")));
		JsonNode key = JSON.readTree(created.body());
		return key.path("secret").asString();
	}

	private static String sourceBody(String slug, String title) {
		return "{\"slug\":\"" + slug + "\",\"title\":\"" + title + "\",\"kind\":\"OTHER\",\"language\":\"en\"}";
	}

	private static void report(String operation, Outcome outcome) {
		System.out.println("DRILL concurrent-edits: " + WRITERS + " concurrent " + operation + " with one If-Match -> "
				+ outcome.statuses() + " (status: count), " + outcome.newHistoryEntries() + " new history entry");
	}

	private record Outcome(Map<Integer, Integer> statuses, int newHistoryEntries, int winner, String storedTitle) {
	}

}
