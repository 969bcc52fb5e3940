package org.kzcz.relations.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every GET of the seed data's resources (each list page, each detail and its history,
 * the trade endpoints in JSON and CSV, search, timeline) answers exactly what
 * {@code src/test/resources/snapshots/seed-answers.txt} recorded: status, headers and
 * body. Refactorings pass it unchanged; a change of behaviour that an issue asks for
 * rewrites the file in its own commit ({@code -Dsnapshot.update=true}) and says why.
 * <p>
 * It runs first in the suite ({@code @Order(1)} with the class orderer of
 * {@code junit-platform.properties}), so it sees the seeds before any test writes.
 */
@IntegrationTest
@Order(1)
class SeedAnswersSnapshotTest {

	static final Path SNAPSHOT = Path.of("src/test/resources/snapshots/seed-answers.txt");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> LISTS = List.of("agreements", "claims", "countries", "meetings", "officials",
			"organizations", "projects", "sources", "trade-figures");

	private static final List<String> PAIRS = List.of("country=KZ&partner=CZ", "country=CZ&partner=KZ",
			"country=KZ&partner=EU", "country=EU&partner=KZ");

	private static final List<String> INDICATORS = List.of("EXPORTS", "IMPORTS", "TURNOVER", "BALANCE", "FDI_INFLOW",
			"FDI_CUMULATIVE");

	private static final List<String> SEARCHES = List.of("Škoda", "Pilsen", "agreement", "horses", "Middle Corridor",
			"uranium OR oil", "embassy -Spain");

	/** Headers whose values move with the clock or the request, not with the data. */
	private static final Set<String> VOLATILE_HEADERS = Set.of("Date", "X-Request-Id", "Last-Modified");

	/** Values in bodies that move with the request or the time the migrations ran. */
	private static final Pattern VOLATILE_IN_BODY = Pattern.compile("\"(requestId|changedAt)\":\"[^\"]*\"");

	@Autowired
	MockMvcTester mvc;

	@Test
	void everySeedAnswerIsTheRecordedOne() throws IOException {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String uri : uris()) {
			answers.put(uri, record(uri));
		}
		String actual = render(answers);
		if (Boolean.getBoolean("snapshot.update")) {
			Files.createDirectories(SNAPSHOT.getParent());
			Files.writeString(SNAPSHOT, actual, StandardCharsets.UTF_8);
		}
		if (!Files.exists(SNAPSHOT)) {
			fail("No snapshot at " + SNAPSHOT + ": record it with -Dsnapshot.update=true");
		}
		Map<String, String> expected = parse(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
		assertThat(answers.keySet()).as("requests recorded").containsExactlyElementsOf(expected.keySet());
		List<String> changed = new ArrayList<>();
		answers.forEach((uri, answer) -> {
			if (!answer.equals(expected.get(uri))) {
				changed.add(uri);
			}
		});
		if (!changed.isEmpty()) {
			String first = changed.getFirst();
			assertThat(answers.get(first))
				.as("%d of %d answers differ from the snapshot: %s; the first", changed.size(), answers.size(), changed)
				.isEqualTo(expected.get(first));
		}
		assertThat(answers).hasSizeGreaterThan(300);
	}

	private Set<String> uris() {
		Set<String> uris = new LinkedHashSet<>();
		for (String list : LISTS) {
			uris.add("/api/v1/" + list);
			for (JsonNode item : allItems("/api/v1/" + list)) {
				String id = item.has("id") ? item.get("id").asString() : item.get("code").asString();
				uris.add("/api/v1/" + list + "/" + id);
				if (!list.equals("countries")) {
					uris.add("/api/v1/" + list + "/" + id + "/history");
				}
			}
		}
		for (JsonNode official : allItems("/api/v1/officials")) {
			JsonNode detail = json("/api/v1/officials/" + official.get("id").asString());
			for (JsonNode post : detail.path("posts")) {
				String postUri = "/api/v1/officials/" + official.get("id").asString() + "/posts/"
						+ post.get("id").asString();
				uris.add(postUri);
				uris.add(postUri + "/history");
			}
		}
		for (String pair : PAIRS) {
			for (String format : List.of("json", "csv")) {
				for (String indicator : INDICATORS) {
					uris.add("/api/v1/trade/series?" + pair + "&indicator=" + indicator + "&format=" + format);
					uris.add("/api/v1/trade/comparison?" + pair + "&indicator=" + indicator + "&format=" + format);
				}
				uris.add("/api/v1/trade/balance?" + pair + "&format=" + format);
				uris.add("/api/v1/trade/series?" + pair + "&decimals=1&format=" + format);
			}
		}
		for (String format : List.of("json", "csv")) {
			uris.add("/api/v1/trade/flags?format=" + format);
		}
		for (String q : SEARCHES) {
			uris.add("/api/v1/search?q=" + q.replace(" ", "+"));
		}
		for (String filter : List.of("", "?country=CZ", "?country=EU", "?from=2024-01-01&to=2024-12-31")) {
			uris.add("/api/v1/timeline" + filter);
		}
		return uris;
	}

	private List<JsonNode> allItems(String list) {
		List<JsonNode> items = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode body = json(list + "?size=100&page=" + page);
			body.path("items").forEach(items::add);
			if (body.path("items").size() < 100) {
				return items;
			}
		}
	}

	private JsonNode json(String uri) {
		MockHttpServletResponse response = this.mvc.get().uri(uri).exchange().getResponse();
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		return JSON.readTree(contentOf(response));
	}

	private String record(String uri) {
		MockHttpServletResponse response = this.mvc.get().uri(uri).exchange().getResponse();
		StringBuilder answer = new StringBuilder().append(response.getStatus()).append('\n');
		String content = contentOf(response);
		String body = VOLATILE_IN_BODY.matcher(content).replaceAll("\"$1\":\"<varies>\"");
		for (String name : new TreeSet<>(response.getHeaderNames())) {
			// A body with a volatile value has a validator that varies with it.
			boolean varies = VOLATILE_HEADERS.contains(name) || (name.equals("ETag") && !body.equals(content));
			String value = varies ? "<varies>" : String.join(", ", response.getHeaders(name));
			answer.append(name).append(": ").append(value).append('\n');
		}
		return answer.append('\n').append(body).append('\n').toString();
	}

	private static String contentOf(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final String SEPARATOR = "\n=== GET ";

	private static String render(Map<String, String> answers) {
		StringBuilder text = new StringBuilder();
		answers.forEach((uri, answer) -> text.append(SEPARATOR).append(uri).append('\n').append(answer));
		return text.toString();
	}

	private static Map<String, String> parse(String text) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String entry : text.split(Pattern.quote(SEPARATOR))) {
			if (!entry.isEmpty()) {
				int newline = entry.indexOf('\n');
				answers.put(entry.substring(0, newline), entry.substring(newline + 1));
			}
		}
		return answers;
	}

}
