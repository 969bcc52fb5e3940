package org.kzcz.relations.drills;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics over real HTTP, as Prometheus scrapes them: only an admin key reads them;
 * requests are counted by route template, so a flood of unknown ids and paths adds no
 * series; latency histograms, pool metrics, the data version, and the counters an
 * operator alerts on move when their event happens.
 */
@DrillServer
class MetricsDrillTest {

	private static final String PROMETHEUS = "/actuator/prometheus";

	@LocalServerPort
	int port;

	@Autowired
	DatabaseOutage outage;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void endOutage() {
		this.outage.end();
	}

	@Test
	void onlyAnAdminKeyReadsTheMetrics() {
		DrillHttp http = new DrillHttp(this.port);
		DrillKeys keys = DrillKeys.create(http, "metrics drill");
		assertThat(http.get(PROMETHEUS).statusCode()).isEqualTo(401);
		assertThat(http.get(PROMETHEUS, "X-API-Key", keys.curator()).statusCode()).isEqualTo(403);
		HttpResponse<String> admin = http.get(PROMETHEUS, "X-API-Key", TestKeys.ADMIN);
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
		assertThat(admin.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void aThousandUnknownIdsAndPathsAddNoRequestSeries() {
		DrillHttp http = new DrillHttp(this.port);
		List<String> shapes = List.of("/api/v1/meetings/%s", "/api/v1/officials/%s", "/api/v1/%s/%s", "/%s");
		// One of each shape first: the series they need (their route or "unmatched", 404)
		// may appear once.
		shapes.forEach((shape) -> http.get(shape.formatted(token(), token())));
		String before = scrape(http);
		int seriesBefore = requestSeries(before).size();

		List<String> sent = new java.util.ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			String path = shapes.get(i % shapes.size()).formatted(token(), token());
			sent.add(path);
			assertThat(http.get(path).statusCode()).as(path).isEqualTo(404);
		}
		String after = scrape(http);
		List<String> seriesAfter = requestSeries(after);

		System.out.println("DRILL metrics: " + sent.size() + " requests to unknown ids and paths; "
				+ "http_server_requests series lines " + seriesBefore + " before, " + seriesAfter.size() + " after");
		assertThat(seriesBefore).isPositive();
		assertThat(seriesAfter).hasSize(seriesBefore);
		assertThat(after).contains("uri=\"/api/v1/meetings/{id}\"");
		assertThat(String.join("\n", seriesAfter)).doesNotContain(sent.get(0).substring(sent.get(0).lastIndexOf('/')));
	}

	@Test
	void latencyHistogramsPoolMetricsAndTheDataVersionAreThere() {
		DrillHttp http = new DrillHttp(this.port);
		http.get("/api/v1/countries/KZ");
		String scrape = scrape(http);
		assertThat(scrape).containsPattern("http_server_requests_seconds_bucket\\{[^}]*le=\"")
			.contains("hikaricp_connections_active{")
			.contains("hikaricp_connections_pending{")
			.contains("hikaricp_connections_timeout_total{");
		long version = this.jdbc.sql("select version from data_version").query(Long.class).single();
		assertThat(value(scrape, "api_data_version{")).isEqualTo(version);

		String slug = "drill-metrics-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(createSource(http, slug).statusCode()).isEqualTo(201);
		assertThat(value(scrape(http), "api_data_version{")).isGreaterThan(version);
	}

	@Test
	void databaseOutagesAndLostEditRacesAreCounted() {
		DrillHttp http = new DrillHttp(this.port);
		String slug = "drill-metrics-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(createSource(http, slug).statusCode()).isEqualTo(201);
		String before = scrape(http);

		this.outage.failNextConnections(1);
		assertThat(http.get("/api/v1/countries/KZ").statusCode()).isEqualTo(503);
		this.outage.failNextConnections(1);
		assertThat(http.get("/api/v1/countries/KZ", "X-API-Key", TestKeys.ADMIN).statusCode()).isEqualTo(503);
		this.outage.end();
		assertThat(http
			.send(http.request("/api/v1/sources/" + slug)
				.header("X-API-Key", TestKeys.ADMIN)
				.header("Content-Type", "application/json")
				.header("If-Match", "\"v987654\"")
				.PUT(DrillHttp.json(source(slug))))
			.statusCode()).isEqualTo(412);
		String after = scrape(http);

		assertThat(value(after, "api_database_unavailable_total{"))
			.isEqualTo(value(before, "api_database_unavailable_total{") + 2);
		assertThat(value(after, "api_edit_conflicts_total{", "detected=\"if-match\""))
			.isEqualTo(value(before, "api_edit_conflicts_total{", "detected=\"if-match\"") + 1);
		assertThat(after).contains("api_edit_conflicts_total{").contains("detected=\"commit\"");
	}

	private static HttpResponse<String> createSource(DrillHttp http, String slug) {
		return http.send(http.request("/api/v1/sources")
			.header("X-API-Key", TestKeys.ADMIN)
			.header("Content-Type", "application/json")
			.POST(DrillHttp.json(source(slug))));
	}

	private static String source(String slug) {
		return "{\"slug\":\"" + slug + "\",\"title\":\"Metrics drill\",\"kind\":\"OTHER\",\"language\":\"en\"}";
	}

	private static String scrape(DrillHttp http) {
		HttpResponse<String> response = http.get(PROMETHEUS, "X-API-Key", TestKeys.ADMIN);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** The series lines (not comments) of http.server.requests. */
	private static List<String> requestSeries(String scrape) {
		return scrape.lines().filter((line) -> line.startsWith("http_server_requests")).toList();
	}

	/** The value of the first series line that starts so and holds every label given. */
	private static long value(String scrape, String start, String... labels) {
		return scrape.lines()
			.filter((line) -> line.startsWith(start) && List.of(labels).stream().allMatch(line::contains))
			.map((line) -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no series " + start + " " + List.of(labels) + " in the scrape"));
	}

	private static String token() {
		return UUID.randomUUID().toString().substring(0, 12);
	}

}
