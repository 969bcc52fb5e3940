package org.kzcz.relations.drills;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.kzcz.relations.support.TestKeys;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The records the fuzzer owns: a few fixtures it creates first (so fuzzed bodies can
 * refer to a source, an organization, an official... of its own), and whatever fuzzed
 * creates manage to store. Fuzzed writes that may succeed go only to these; at the end
 * they are all deleted, and nothing with a {@code fuzz-} slug may be left.
 */
final class FuzzRecords {

	/** Fixtures in creation order: kind, collection path, body. */
	private static final List<String[]> FIXTURES = List.of(new String[] { "source", "/api/v1/sources",
			"{\"slug\":\"fuzz-source\",\"title\":\"Fuzz drill source\",\"kind\":\"OTHER\",\"language\":\"en\"}" },
			new String[] { "organization", "/api/v1/organizations",
					"{\"slug\":\"fuzz-organization\",\"name\":\"Fuzz drill organization\",\"kind\":\"OTHER\","
							+ "\"country\":\"KZ\",\"sources\":[\"fuzz-source\"]}" },
			new String[] { "official", "/api/v1/officials",
					"{\"slug\":\"fuzz-official\",\"fullName\":\"Fuzz Drill\",\"country\":\"KZ\","
							+ "\"sources\":[\"fuzz-source\"]}" },
			new String[] { "post", "/api/v1/officials/fuzz-official/posts",
					"{\"representsCountry\":\"KZ\",\"role\":\"Fuzz attache\",\"roleKind\":\"DIPLOMAT\","
							+ "\"sources\":[\"fuzz-source\"]}" },
			new String[] { "project", "/api/v1/projects",
					"{\"slug\":\"fuzz-project\",\"name\":\"Fuzz drill project\",\"status\":\"ACTIVE\","
							+ "\"sources\":[\"fuzz-source\"]}" },
			new String[] { "agreement", "/api/v1/agreements",
					"{\"slug\":\"fuzz-agreement\",\"title\":\"Fuzz drill agreement\",\"kind\":\"MOU\","
							+ "\"status\":\"PROPOSED\",\"parties\":[{\"country\":\"KZ\"},{\"country\":\"CZ\"}],"
							+ "\"sources\":[\"fuzz-source\"]}" },
			new String[] { "meeting", "/api/v1/meetings",
					"{\"slug\":\"fuzz-meeting\",\"title\":\"Fuzz drill meeting\",\"kind\":\"TALKS\",\"status\":\"HELD\","
							+ "\"startDate\":\"2001-01-01\",\"datePrecision\":\"DAY\",\"country\":\"KZ\","
							+ "\"sources\":[\"fuzz-source\"]}" },
			new String[] { "trade-figure", "/api/v1/trade-figures",
					"{\"country\":\"KZ\",\"partner\":\"DE\",\"reporter\":\"KZ\",\"indicator\":\"TURNOVER\","
							+ "\"periodKind\":\"YEAR\",\"periodStart\":\"1991-01-01\",\"periodEnd\":\"1991-12-31\","
							+ "\"value\":1,\"currency\":\"USD\",\"scale\":\"MILLION\","
							+ "\"sources\":[{\"source\":\"fuzz-source\"}]}" });

	/** Deleted first to last, so nothing is still referred to when its turn comes. */
	private static final List<String> DELETION_ORDER = List.of("/api/v1/trade-figures/", "/api/v1/meetings/",
			"/api/v1/agreements/", "/api/v1/projects/", "/api/v1/officials/", "/api/v1/organizations/",
			"/api/v1/sources/", "/api/v1/admin/api-keys/");

	private static final List<String> SLUGGED_TABLES = List.of("source", "organization", "person", "meeting",
			"agreement", "project");

	private final MockMvc mvc;

	private final Set<String> locations = ConcurrentHashMap.newKeySet();

	private final Set<String> everCreated = ConcurrentHashMap.newKeySet();

	private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

	private final Map<String, List<String>> references = new LinkedHashMap<>();

	private final List<String> fixtureProblems = new ArrayList<>();

	FuzzRecords(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** Creates the fixtures; a fixture the API refuses is reported, not fatal. */
	void createFixtures() throws Exception {
		for (String[] fixture : FIXTURES) {
			var response = this.mvc
				.perform(MockMvcRequestBuilders.post(fixture[1])
					.header("X-API-Key", TestKeys.ADMIN)
					.contentType(MediaType.APPLICATION_JSON)
					.content(fixture[2]))
				.andReturn()
				.getResponse();
			String location = response.getHeader("Location");
			if (response.getStatus() != 201 || location == null) {
				this.fixtureProblems.add(fixture[0] + ": " + response.getStatus() + " "
						+ response.getContentAsString(StandardCharsets.UTF_8));
				continue;
			}
			created(location);
			this.references.computeIfAbsent(fixture[0], (k) -> new ArrayList<>())
				.add(location.substring(location.lastIndexOf('/') + 1));
		}
	}

	Map<String, List<String>> references() {
		return this.references;
	}

	List<String> fixtureProblems() {
		return this.fixtureProblems;
	}

	/**
	 * A path of the template that names an owned record: the record itself, or for a
	 * create the sub-collection under an owned parent; null when none is owned.
	 */
	String resolve(String template, String method, Random random) {
		List<String> candidates = new ArrayList<>();
		Pattern full = pattern(template);
		for (String location : this.locations) {
			if (full.matcher(location).matches()) {
				candidates.add(location);
			}
		}
		int lastParameter = template.lastIndexOf('}');
		if (method.equals("POST") && lastParameter > 0 && lastParameter < template.length() - 1) {
			Pattern parent = pattern(template.substring(0, lastParameter + 1));
			String rest = template.substring(lastParameter + 1);
			for (String location : this.locations) {
				if (parent.matcher(location).matches()) {
					candidates.add(location + rest);
				}
			}
		}
		candidates.sort(Comparator.naturalOrder());
		return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
	}

	boolean owns(String path) {
		return this.locations.contains(path);
	}

	void created(String location) {
		this.locations.add(location);
		this.everCreated.add(location);
	}

	void moved(String from, String to) {
		if (this.locations.remove(from)) {
			created(to);
		}
	}

	void deleted(String path) {
		this.locations.removeIf((location) -> location.equals(path) || location.startsWith(path + "/"));
	}

	/** Deletes every owned record (API keys are revoked); returns how many went. */
	int removeAll() throws Exception {
		int removed = 0;
		for (int pass = 0; pass < 4 && !this.locations.isEmpty(); pass++) {
			List<String> order = new ArrayList<>(this.locations);
			order.sort(Comparator.comparingInt(FuzzRecords::deletionRank)
				.thenComparing(Comparator.comparingInt(String::length).reversed()));
			for (String location : order) {
				// If-Match takes the ETag of a read, not * (which proves no version)
				String etag = this.mvc.perform(MockMvcRequestBuilders.get(location).header("X-API-Key", TestKeys.ADMIN))
					.andReturn()
					.getResponse()
					.getHeader("ETag");
				MockHttpServletRequestBuilder delete = MockMvcRequestBuilders.delete(location)
					.header("X-API-Key", TestKeys.ADMIN);
				int status = this.mvc.perform((etag != null) ? delete.header("If-Match", etag) : delete)
					.andReturn()
					.getResponse()
					.getStatus();
				if (status == 204 || status == 404) {
					deleted(location);
					removed += (status == 204) ? 1 : 0;
				}
			}
		}
		return removed;
	}

	/** What is still stored after {@link #removeAll()}: must be nothing. */
	List<String> leftovers(JdbcClient jdbc) {
		List<String> left = new ArrayList<>();
		this.locations.forEach((location) -> left.add("not deleted: " + location));
		for (String table : SLUGGED_TABLES) {
			List<String> slugs = jdbc.sql("select slug from " + table + " where slug like 'fuzz-%'")
				.query(String.class)
				.list();
			slugs.forEach((slug) -> left.add(table + " " + slug));
		}
		List<Long> figures = this.everCreated.stream()
			.filter((location) -> location.startsWith("/api/v1/trade-figures/"))
			.map((location) -> Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
			.toList();
		if (!figures.isEmpty()) {
			jdbc.sql("select id from trade_figure where id in (:ids)")
				.param("ids", figures)
				.query(Long.class)
				.list()
				.forEach((id) -> left.add("trade_figure " + id));
		}
		return left;
	}

	private static int deletionRank(String location) {
		for (int i = 0; i < DELETION_ORDER.size(); i++) {
			if (location.startsWith(DELETION_ORDER.get(i))) {
				return i;
			}
		}
		return DELETION_ORDER.size();
	}

	private Pattern pattern(String template) {
		return this.patterns.computeIfAbsent(template,
				(t) -> Pattern.compile(Pattern.quote(t).replaceAll("\\{[^}]+\\}", "\\\\E[^/]+\\\\Q")));
	}

}
