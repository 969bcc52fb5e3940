package org.kzcz.relations.drills;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.drills.AuthorizationTable.Route;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill 11 (hostile input), over real HTTP: what an attacker's probe sent, by category.
 * Every answer is a 4xx problem or a success, never a 5xx, and comes within a second;
 * what is refused leaves nothing behind, and what is accepted reads back exactly as sent
 * and inert in every output (JSON, search snippets, CSV).
 */
@DrillServer
class HostileInputDrillTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long SLOWEST_MILLIS = 1_000;

	private static final String HTML = "<img src=x onerror=alert(1)><script>alert(2)</script>";

	/** Every answer of the drill, for the summary line. */
	private static final List<String> answers = new ArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	DrillHttp http;

	String curator;

	@BeforeEach
	void curatorKey() {
		this.http = new DrillHttp(this.port);
		this.curator = DrillKeys.create(this.http, "hostile input drill").curator();
	}

	@AfterEach
	void deleteWhatTheDrillWrote() {
		this.jdbc.sql("delete from trade_figure where note like 'hostile drill%'").update();
		this.jdbc.sql("delete from source where slug like 'hostile-drill-%'").update();
	}

	@AfterAll
	static void summary() {
		System.out.println("DRILL hostile input: " + answers.size() + " requests, "
				+ answers.stream().filter((a) -> a.startsWith("5")).count() + " 5xx, slowest "
				+ answers.stream().mapToLong((a) -> Long.parseLong(a.substring(a.indexOf(' ') + 1))).max().orElse(0)
				+ " ms");
	}

	@Test
	void invalidPercentEscapesAreA400ProblemOnEveryReadRoute() throws Exception {
		List<String> readRoutes = AuthorizationTable.routes(this.mappings)
			.stream()
			.filter((route) -> route.method().equals("GET") && !route.template().contains("{"))
			.map(Route::template)
			.toList();
		assertThat(readRoutes).hasSizeGreaterThanOrEqualTo(13);
		for (String route : readRoutes) {
			for (String query : List.of("q=%", "q=50%", "q=%zz", "q=%FF", "q=%C3", "q=%ED%A0%80", "a%zz=1", "%=1")) {
				// java.net.http refuses to send a malformed escape: a socket does.
				long start = System.nanoTime();
				RawHttp.Response answer = new RawHttp(this.port).get(route + "?" + query, "localhost");
				record(answer.status(), start, route + "?" + query);
				assertThat(answer.status()).as("%s?%s: %s", route, query, answer.body()).isEqualTo(400);
				assertThat(answer.head()).containsIgnoringCase("Content-Type: application/problem+json");
			}
		}
	}

	@Test
	void repeatedAndManySearchTermsAreCheapOrRefused() {
		String repeated = String.join("+", Collections.nCopies(700, "horse"));
		HttpResponse<String> same = send(get("/api/v1/search?q=" + repeated));
		assertThat(same.statusCode()).isIn(200, 400);
		StringBuilder distinct = new StringBuilder();
		for (int i = 0; i < 300; i++) {
			distinct.append("word").append(Integer.toString(i, 26).replaceAll("\\d", "q")).append('+');
		}
		assertProblem(send(get("/api/v1/search?q=" + distinct)), 400);
		assertProblem(send(get("/api/v1/search?q=" + "a".repeat(5_000))), 400);
		assertThat(send(get("/api/v1/search?q=horse+horse+HORSE+Przewalski")).statusCode()).isEqualTo(200);
	}

	@Test
	void storedHtmlReadsBackAsSentInJsonAndEscapedInSearchSnippets() {
		String slug = "hostile-drill-" + UUID.randomUUID().toString().substring(0, 8);
		String title = "Hostile drill " + HTML;
		String summary = "The quokkaberry report " + HTML + " ends here.";
		assertThat(send(write("POST", "/api/v1/sources", null,
				JSON.writeValueAsString(
						Map.of("slug", slug, "title", title, "kind", "OTHER", "language", "en", "summary", summary))))
			.statusCode()).isEqualTo(201);

		JsonNode stored = JSON.readTree(send(get("/api/v1/sources/" + slug)).body());
		assertThat(stored.path("title").asString()).isEqualTo(title);
		assertThat(stored.path("summary").asString()).isEqualTo(summary);

		JsonNode hits = JSON.readTree(send(get("/api/v1/search?q=quokkaberry")).body()).path("items");
		assertThat(hits).isNotEmpty();
		for (JsonNode hit : hits) {
			String snippet = hit.path("snippet").asString();
			assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
			assertThat(snippet).contains("&lt;img").contains("<mark>");
		}
	}

	@Test
	void csvCellsNeverStartLikeAFormula() {
		List<String> units = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "@SUM(1+1)",
				"-2+3", "\tTAB", "\rCR");
		for (int i = 0; i < units.size(); i++) {
			String unit = units.get(i);
			Map<String, Object> figure = new LinkedHashMap<>();
			figure.put("reporter", "KZ");
			figure.put("country", "KZ");
			figure.put("partner", "CZ");
			figure.put("indicator", "EXPORTS");
			figure.put("periodKind", "YEAR");
			figure.put("periodStart", "2031-01-01");
			figure.put("periodEnd", "2031-12-31");
			figure.put("value", 100 + i);
			figure.put("currency", "USD");
			figure.put("scale", "MILLION");
			figure.put("unit", unit);
			figure.put("note", "hostile drill " + unit);
			// A stated change makes a derived row for the year before, which carries the
			// unit too.
			figure.put("sources", List.of(Map.of("source", "dyussenbayev-interview-2025", "statedChangePct", 10)));
			HttpResponse<String> created = send(
					write("POST", "/api/v1/trade-figures", null, JSON.writeValueAsString(figure)));
			assertThat(created.statusCode()).as(created.body()).isIn(201, 400, 422);
		}
		List<String> cells = new ArrayList<>();
		Pattern formula = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);
		Pattern number = Pattern.compile("^-?\\d+(\\.\\d+)?$");
		for (String path : List.of("/api/v1/trade/series?country=KZ&partner=CZ&indicator=EXPORTS",
				"/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER",
				"/api/v1/trade/comparison?country=KZ&partner=CZ&year=2031",
				"/api/v1/trade/comparison?country=KZ&partner=CZ&year=2022",
				"/api/v1/trade/balance?country=KZ&partner=CZ&year=2023&reporter=KZ")) {
			HttpResponse<String> csv = send(this.http.request(path).header("Accept", "text/csv").GET());
			assertThat(csv.statusCode()).as("%s: %s", path, csv.body()).isEqualTo(200);
			for (List<String> row : csvRows(csv.body())) {
				for (String cell : row) {
					cells.add(cell);
					assertThat(formula.matcher(cell).matches() && !number.matcher(cell).matches())
						.as("CSV cell %s of %s", cell, path)
						.isFalse();
				}
			}
		}
		assertThat(cells).as("the hostile units reach the CSV, neutralised")
			.contains("'=HYPERLINK(\"http://evil.example\",\"x\")", "'@SUM(1+1)");
	}

	@Test
	void extremeNumbersAreRefusedNamingTheFieldAndNothingIsStored() {
		long before = tradeFigures();
		for (String value : List.of("1e999999", "1e400", "-1e400", "1e-999999", "123456789012345678901234567890")) {
			String body = figure("2031-01-01", "2031-12-31").replace("\"value\":1.5", "\"value\":" + value);
			HttpResponse<String> answer = send(write("POST", "/api/v1/trade-figures", null, body));
			assertProblem(answer, 400);
			assertThat(answer.body()).contains("\"value\"");
		}
		assertThat(tradeFigures()).isEqualTo(before);
	}

	@Test
	void hugeArraysAreRefusedCheaplyWithABoundedErrorList() {
		StringBuilder participants = new StringBuilder("[");
		for (int i = 0; i < 12_000; i++) {
			participants.append((i > 0) ? ",{}" : "{}");
		}
		participants.append(']');
		String body = "{\"slug\":\"hostile-drill-meeting\",\"title\":\"x\",\"kind\":\"TALKS\",\"status\":\"HELD\","
				+ "\"startDate\":\"2024-01-01\",\"datePrecision\":\"DAY\",\"participants\":" + participants
				+ ",\"sources\":[\"dyussenbayev-interview-2025\"]}";
		HttpResponse<String> answer = send(write("POST", "/api/v1/meetings", null, body));
		assertProblem(answer, 400);
		assertThat(answer.body().length()).isLessThan(20_000);
	}

	@Test
	void loneSurrogatesAndDuplicateKeysAreRefused() {
		long before = tradeFigures();
		String figure = figure("2031-01-01", "2031-12-31");
		assertProblem(send(write("POST", "/api/v1/trade-figures", null,
				figure.replace("\"note\":\"hostile drill\"", "\"note\":\"hostile drill \\ud800\""))), 400);
		assertProblem(send(write("POST", "/api/v1/trade-figures", null,
				figure.replace("\"value\":1.5", "\"value\":1.5,\"value\":2.5"))), 400);
		assertThat(tradeFigures()).isEqualTo(before);
	}

	@Test
	void ifMatchIsComparedStronglyAndAStarIsNoWayAroundTheVersionCheck() {
		String slug = "hostile-drill-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(send(write("POST", "/api/v1/sources", null,
				"{\"slug\":\"" + slug + "\",\"title\":\"If-Match drill\",\"kind\":\"OTHER\",\"language\":\"en\"}"))
			.statusCode()).isEqualTo(201);
		String patch = "{\"title\":\"changed\"}";
		for (String weak : List.of("W/\"v0\"", "w/\"v0\"")) {
			assertProblem(send(write("PATCH", "/api/v1/sources/" + slug, weak, patch)), 412);
		}
		assertProblem(send(write("PATCH", "/api/v1/sources/" + slug, "*", patch)), 428);
		assertThat(JSON.readTree(send(get("/api/v1/sources/" + slug)).body()).path("title").asString())
			.isEqualTo("If-Match drill");
		assertThat(send(write("PATCH", "/api/v1/sources/" + slug, "\"v0\"", patch)).statusCode()).isEqualTo(200);
	}

	@Test
	void idsAreDecimalOnly() {
		for (String id : List.of("0x10", "%2316", "+16", "16.0", "1e1", "99999999999999999999")) {
			assertThat(send(get("/api/v1/trade-figures/" + id)).statusCode()).as(id).isIn(400, 404);
		}
		assertProblem(send(get("/api/v1/trade-figures/0x10")), 400);
	}

	private long tradeFigures() {
		return this.jdbc.sql("select count(*) from trade_figure").query(Long.class).single();
	}

	private static String figure(String start, String end) {
		return "{\"reporter\":\"KZ\",\"country\":\"KZ\",\"partner\":\"CZ\",\"indicator\":\"FDI_INFLOW\","
				+ "\"periodKind\":\"YEAR\",\"periodStart\":\"" + start + "\",\"periodEnd\":\"" + end
				+ "\",\"value\":1.5,\"currency\":\"USD\",\"scale\":\"MILLION\",\"note\":\"hostile drill\","
				+ "\"sources\":[{\"source\":\"dyussenbayev-interview-2025\"}]}";
	}

	private static List<List<String>> csvRows(String csv) {
		CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
		List<List<String>> rows = new ArrayList<>();
		try (var iterator = mapper.readerFor(List.class).readValues(csv)) {
			while (iterator.hasNext()) {
				@SuppressWarnings("unchecked")
				List<String> row = (List<String>) iterator.next();
				rows.add(row);
			}
		}
		return rows;
	}

	private HttpRequest.Builder get(String path) {
		return this.http.request(path).GET();
	}

	private HttpRequest.Builder write(String method, String path, String ifMatch, String json) {
		HttpRequest.Builder request = this.http.request(path)
			.header("X-API-Key", this.curator)
			.header("Content-Type", "application/json")
			.method(method, DrillHttp.json(json));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return request;
	}

	/** Sends a request and holds it to the drill's bounds: no 5xx, within a second. */
	private HttpResponse<String> send(HttpRequest.Builder request) {
		long start = System.nanoTime();
		HttpResponse<String> response = this.http.send(request);
		record(response.statusCode(), start, response.uri() + " answered " + response.body());
		return response;
	}

	private static void record(int status, long start, String what) {
		long millis = (System.nanoTime() - start) / 1_000_000;
		answers.add(status + " " + millis);
		assertThat(status).as(what).isLessThan(500);
		assertThat(millis).as("%s took %d ms", what, millis).isLessThan(SLOWEST_MILLIS);
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

}
