package org.kzcz.relations.officials;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.SqlStatementCounter;
import org.kzcz.relations.support.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OfficialCurationTest {

	/** A Kazakh ambassador's post in Prague, to adapt per test. */
	private static final String AMBASSADOR_POST = """
			{"role":"Ambassador of Kazakhstan to the Czech Republic","roleKind":"AMBASSADOR",
			 "organization":"embassy-of-kazakhstan-in-czech-republic","representsCountry":"kz","postedToCountry":"cz",
			 "startDate":"2030-03-01","startPrecision":"DAY","sources":["dyussenbayev-interview-2025"]}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	String curator;

	@BeforeEach
	void curatorKey() {
		this.curator = TestKeys.curator(this.mvc);
	}

	@Test
	void anonymousWritesAre401() {
		assertThat(this.mvc.post().uri("/api/v1/officials").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.post()
			.uri("/api/v1/officials/bakyt-dyussenbayev/posts")
			.contentType(MediaType.APPLICATION_JSON)
			.content(AMBASSADOR_POST)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void curatorAddsASourceThenAnOfficialCitingItFoundInListSearchAndTimeline() throws Exception {
		assertThat(send("POST", "/api/v1/sources", null, """
				{"slug":"test-official-source-2026","title":"Interview with the new consul","kind":"INTERVIEW",
				 "publishedOn":"2026-02-01","publishedPrecision":"MONTH"}""")).hasStatus(HttpStatus.CREATED);
		MvcTestResult created = send("POST", "/api/v1/officials", null, """
				{"slug":"test-official-zhanar-tulegenova","fullName":"Zhanar Tulegenova","country":"kz",
				 "biography":"Kazakh consul in Brno, interviewed about Moravian machine builders.",
				 "sources":["test-official-source-2026"],
				 "posts":[{"role":"Honorary consul of Kazakhstan in Brno","roleKind":"DIPLOMAT",
				           "representsCountry":"KZ","postedToCountry":"CZ","startDate":"2026-02-01",
				           "startPrecision":"MONTH","sources":["test-official-source-2026"],
				           "dateClaims":[{"field":"START","date":"2026-01-01","precision":"YEAR",
				                          "qualifier":"early in the year","source":"test-official-source-2026"}]}]}""");
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created.getResponse().getHeader("Location"))
			.isEqualTo("/api/v1/officials/test-official-zhanar-tulegenova");
		assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"v0\"");
		assertThat(created).bodyJson()
			.extractingPath("$.posts[0].dateClaims[0].source.id")
			.isEqualTo("test-official-source-2026");
		assertThat(created).bodyJson()
			.extractingPath("$.posts[0].self")
			.asString()
			.startsWith("/api/v1/officials/test-official-zhanar-tulegenova/posts/");

		assertThat(ids("/api/v1/officials?q=Tulegenova")).containsExactly("test-official-zhanar-tulegenova");
		assertThat(ids("/api/v1/officials?q=Tulegenova&country=KZ&postedTo=CZ&activeOn=2026-02-15"))
			.containsExactly("test-official-zhanar-tulegenova");
		assertThat(ids("/api/v1/search?q=Tulegenova Brno&types=PERSON"))
			.containsExactly("test-official-zhanar-tulegenova");
		assertThat(ids("/api/v1/timeline?types=POST&country=CZ&from=2026-02-01&to=2026-02-28"))
			.contains("test-official-zhanar-tulegenova");
		MvcTestResult source = this.mvc.get().uri("/api/v1/sources/test-official-source-2026").exchange();
		assertThat(source).bodyJson()
			.extractingPath("$.citations.people[*].id")
			.asArray()
			.containsExactly("test-official-zhanar-tulegenova");
		assertThat(source).bodyJson().extractingPath("$.citations.posts").asArray().hasSize(1);
		assertThat(source).bodyJson().extractingPath("$.citations.postDateClaims").asArray().hasSize(1);
	}

	@Test
	void aNewAppointmentAnswersWhoIsTheAmbassadorOnThatDateAndMovesThePersonsVersion() throws Exception {
		createPerson("test-official-next-ambassador", "Nurlan Testbayev");
		assertThat(ids("/api/v1/officials?country=KZ&postedTo=CZ&role=AMBASSADOR&activeOn=2030-03-15"))
			.doesNotContain("test-official-next-ambassador");
		MvcTestResult post = send("POST", "/api/v1/officials/test-official-next-ambassador/posts", null,
				AMBASSADOR_POST);
		assertThat(post).hasStatus(HttpStatus.CREATED);
		String location = post.getResponse().getHeader("Location");
		assertThat(location).matches("/api/v1/officials/test-official-next-ambassador/posts/\\d+");
		assertThat(post.getResponse().getHeader("ETag")).isEqualTo("\"v0\"");
		assertThat(post).bodyJson().extractingPath("$.ended").isEqualTo(false);
		assertThat(post).bodyJson().extractingPath("$.representsCountry").isEqualTo("KZ");

		assertThat(ids("/api/v1/officials?country=KZ&postedTo=CZ&role=AMBASSADOR&activeOn=2030-03-15"))
			.contains("test-official-next-ambassador");
		assertThat(ids("/api/v1/officials?country=KZ&postedTo=CZ&role=AMBASSADOR&activeOn=2030-02-28"))
			.doesNotContain("test-official-next-ambassador");
		MvcTestResult read = this.mvc.get().uri(location).exchange();
		assertThat(read).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(0);
		assertThat(read.getResponse().getHeader("ETag")).startsWith("\"v0-d");

		// the post changed the person: an edit based on the person's earlier read is
		// stale
		assertThat(send("PUT", "/api/v1/officials/test-official-next-ambassador", "\"v0\"",
				person("test-official-next-ambassador", "Renamed", "")))
			.hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(this.mvc.get().uri("/api/v1/officials/test-official-next-ambassador")).bodyJson()
			.extractingPath("$.version")
			.isEqualTo(1);
		deletePerson("test-official-next-ambassador");
	}

	@Test
	void rejectsEachBrokenPostRuleNamingTheField() {
		createPerson("test-official-rules", "Rules Testov");
		String posts = "/api/v1/officials/test-official-rules/posts";
		assertField(
				send("POST", posts, null,
						AMBASSADOR_POST.replace("\"startDate\":\"2030-03-01\"",
								"\"startDate\":\"2030-03-01\",\"endDate\":\"2029-12-31\",\"endPrecision\":\"DAY\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "endDate");
		assertField(send("POST", posts, null, AMBASSADOR_POST.replace(",\"startPrecision\":\"DAY\"", "")),
				HttpStatus.UNPROCESSABLE_CONTENT, "startPrecision");
		assertField(send("POST", posts, null,
				AMBASSADOR_POST.replace("\"startPrecision\":\"DAY\"", "\"startPrecision\":\"MONTH\"")
					.replace("2030-03-01", "2030-03-15")),
				HttpStatus.UNPROCESSABLE_CONTENT, "startDate");
		assertField(
				send("POST", posts, null,
						AMBASSADOR_POST.replace("\"startPrecision\":\"DAY\"", "\"startPrecision\":\"QUARTER\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "startPrecision");
		assertField(send("POST", posts, null, AMBASSADOR_POST.replace("\"startPrecision\":\"DAY\"",
				"\"startPrecision\":\"DAY\",\"endDate\":\"2031-01-01\",\"endPrecision\":\"YEAR\",\"ended\":false")),
				HttpStatus.UNPROCESSABLE_CONTENT, "ended");
		assertField(
				send("POST", posts, null,
						AMBASSADOR_POST.replace("embassy-of-kazakhstan-in-czech-republic", "prague-zoo")),
				HttpStatus.UNPROCESSABLE_CONTENT, "organization");
		assertField(
				send("POST", posts, null,
						AMBASSADOR_POST.replace("\"postedToCountry\":\"cz\"", "\"postedToCountry\":\"KZ\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "postedToCountry");
		assertField(
				send("POST", posts, null,
						AMBASSADOR_POST.replace("\"postedToCountry\":\"cz\"", "\"postedToCountry\":\"QQ\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "postedToCountry");
		assertField(
				send("POST", posts, null,
						AMBASSADOR_POST.replace("embassy-of-kazakhstan-in-czech-republic", "no-such-embassy")),
				HttpStatus.UNPROCESSABLE_CONTENT, "organization");
		assertField(
				send("POST", posts, null,
						AMBASSADOR_POST.replace("[\"dyussenbayev-interview-2025\"]", "[\"no-such-source\"]")),
				HttpStatus.UNPROCESSABLE_CONTENT, "sources");
		assertField(send("POST", posts, null, AMBASSADOR_POST.replace("[\"dyussenbayev-interview-2025\"]", "[]")),
				HttpStatus.BAD_REQUEST, "sources");
		assertField(send("POST", posts, null, AMBASSADOR_POST.replace("\"roleKind\":\"AMBASSADOR\",", "")),
				HttpStatus.BAD_REQUEST, "roleKind");
		String claim = "{\"field\":\"START\",\"date\":\"2030-03-01\",\"precision\":\"DAY\",\"source\":\"dyussenbayev-interview-2025\"}";
		assertField(
				send("POST", posts, null,
						AMBASSADOR_POST.replace("\"sources\"",
								"\"dateClaims\":[" + claim + "," + claim + "],\"sources\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "dateClaims[1].source");
		assertField(
				send("POST", posts, null,
						AMBASSADOR_POST.replace("\"sources\"",
								"\"dateClaims\":[" + claim.replace("\"DAY\"", "\"YEAR\"") + "],\"sources\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "dateClaims[0].date");
		// an international body has no country, so a post there may represent any
		assertThat(send("POST", posts, null,
				AMBASSADOR_POST.replace("embassy-of-kazakhstan-in-czech-republic", "united-nations")))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.get().uri(posts + "/first")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("postId");
		long seeded = postId("bakyt-dyussenbayev", 0);
		assertThat(this.mvc.get().uri(posts + "/" + seeded)).hasStatus(HttpStatus.NOT_FOUND);
		deletePerson("test-official-rules");
	}

	@Test
	void rejectsBrokenPersonRulesAndNamesPostsInsideANewPerson() {
		assertField(
				send("POST", "/api/v1/officials", null,
						person("test-official-born", "Born", "\"bornOn\":\"1970-01-01\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "bornPrecision");
		assertField(
				send("POST", "/api/v1/officials", null,
						person("test-official-born", "Born", "\"bornOn\":\"1970-06-01\",\"bornPrecision\":\"YEAR\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "bornOn");
		assertField(
				send("POST", "/api/v1/officials", null,
						person("test-official-born", "Born", "").replace("\"KZ\"", "\"QQ\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "country");
		assertField(
				send("POST", "/api/v1/officials", null,
						person("test-official-born", "Born",
								"\"posts\":[" + AMBASSADOR_POST.replace("embassy-of-kazakhstan-in-czech-republic",
										"prague-zoo") + "]")),
				HttpStatus.UNPROCESSABLE_CONTENT, "posts[0].organization");
		assertField(
				send("POST", "/api/v1/officials", null, person("test-official-born", "Born",
						"\"posts\":[" + AMBASSADOR_POST
							.replace("\"role\":\"Ambassador of Kazakhstan to the Czech Republic\",", "") + "]")),
				HttpStatus.BAD_REQUEST, "posts[0].role");
		assertField(send("POST", "/api/v1/officials", null, person("Not-A-Slug", "Born", "")), HttpStatus.BAD_REQUEST,
				"slug");
		assertField(send("POST", "/api/v1/officials", null, person("bakyt-dyussenbayev", "Again", "")),
				HttpStatus.CONFLICT, "slug");
		assertThat(this.mvc.get().uri("/api/v1/officials/test-official-born")).hasStatus(HttpStatus.NOT_FOUND);
		createPerson("test-official-no-posts-on-put", "Put Testov");
		assertField(
				send("PUT", "/api/v1/officials/test-official-no-posts-on-put", "\"v0\"",
						person("test-official-no-posts-on-put", "Put Testov", "\"posts\":[" + AMBASSADOR_POST + "]")),
				HttpStatus.UNPROCESSABLE_CONTENT, "posts");
	}

	@Test
	void anEndDateEndsThePostAndPostWritesNeedItsOwnIfMatch() throws Exception {
		createPerson("test-official-ending", "Ending Testov");
		String location = send("POST", "/api/v1/officials/test-official-ending/posts", null, AMBASSADOR_POST)
			.getResponse()
			.getHeader("Location");
		String end = "{\"endDate\":\"2031-01-01\",\"endPrecision\":\"YEAR\"}";
		assertThat(send("PATCH", location, null, end)).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(send("PATCH", location, "\"v5\"", end)).hasStatus(HttpStatus.PRECONDITION_FAILED);
		MvcTestResult ended = send("PATCH", location, "\"v0\"", end);
		assertThat(ended).hasStatusOk();
		assertThat(ended).bodyJson().extractingPath("$.ended").isEqualTo(true);
		assertThat(ended).bodyJson().extractingPath("$.endDate").isEqualTo("2031-01-01");
		assertThat(ended).bodyJson()
			.extractingPath("$.organization.id")
			.isEqualTo("embassy-of-kazakhstan-in-czech-republic");
		assertThat(ended.getResponse().getHeader("ETag")).isEqualTo("\"v1\"");
		// a YEAR end counts until the end of that year
		assertThat(ids("/api/v1/officials?q=Testov&activeOn=2031-12-31")).contains("test-official-ending");
		assertThat(ids("/api/v1/officials?q=Testov&activeOn=2032-01-01")).doesNotContain("test-official-ending");
		// the same If-Match twice: the second is stale
		String replacement = AMBASSADOR_POST.replace("Ambassador of Kazakhstan", "Envoy of Kazakhstan");
		assertThat(send("PUT", location, "\"v1\"", replacement)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.ended")
			.isEqualTo(false);
		assertThat(send("PUT", location, "\"v1\"", replacement)).hasStatus(HttpStatus.PRECONDITION_FAILED);
		// three post writes moved the person's version three times
		assertThat(this.mvc.get().uri("/api/v1/officials/test-official-ending")).bodyJson()
			.extractingPath("$.version")
			.isEqualTo(3);
		assertThat(send("DELETE", location, "\"v2\"", null)).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri(location)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/api/v1/officials/test-official-ending")).bodyJson()
			.extractingPath("$.posts")
			.asArray()
			.isEmpty();
		MvcTestResult history = this.mvc.get().uri(location + "/history").exchange();
		assertThat(history).hasStatusOk().bodyJson().extractingPath("$.deleted").isEqualTo(true);
		assertThat(history).bodyJson()
			.extractingPath("$.entries[*].action")
			.asArray()
			.containsExactly("INSERT", "UPDATE", "UPDATE", "DELETE");
		assertThat(history).bodyJson().extractingPath("$.entries[1].state.ended").isEqualTo(true);
		assertThat(history).bodyJson()
			.extractingPath("$.entries[*].actor")
			.asArray()
			.allSatisfy((actor) -> assertThat((String) actor).startsWith("test curator (key "));
		assertThat(
				this.mvc.get()
					.uri("/api/v1/officials/bakyt-dyussenbayev/posts/"
							+ location.substring(location.lastIndexOf('/') + 1) + "/history"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void documentsTheWriteOperationsWithTheirRequestSchemasAndIfMatch() throws Exception {
		String doc = this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(doc,
				"$.paths['/api/v1/officials'].post.requestBody.content['application/json'].schema.$ref"))
			.endsWith("/OfficialRequest");
		assertThat((String) JsonPath.read(doc,
				"$.paths['/api/v1/officials/{id}/posts'].post.requestBody.content['application/json'].schema.$ref"))
			.endsWith("/PostRequest");
		assertThat((String) JsonPath.read(doc,
				"$.paths['/api/v1/officials/{id}/posts/{postId}'].patch.requestBody.content['application/merge-patch+json'].schema.$ref"))
			.endsWith("/PostRequest");
		for (String path : List.of("/api/v1/officials/{id}", "/api/v1/officials/{id}/posts/{postId}")) {
			for (String method : List.of("put", "patch", "delete")) {
				List<String> headers = JsonPath.read(doc,
						"$.paths['" + path + "']." + method + ".parameters[?(@.in == 'header')].name");
				assertThat(headers).as(method + " " + path).containsExactly("If-Match");
				List<Object> security = JsonPath.read(doc, "$.paths['" + path + "']." + method + ".security");
				assertThat(security).as(method + " " + path).isNotEmpty();
			}
		}
		List<String> required = JsonPath.read(doc, "$.components.schemas.PostRequest.required");
		assertThat(required).contains("role", "roleKind", "representsCountry", "sources");
	}

	@Test
	void historyShowsEachChangeWithTheCuratorAndAsOfTheEarlierState() throws Exception {
		createPerson("test-official-history", "History Testov");
		Instant beforeUpdate = Instant.now();
		Thread.sleep(20);
		assertThat(send("PATCH", "/api/v1/officials/test-official-history", "\"v0\"", "{\"biography\":\"Rewritten\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.biography")
			.isEqualTo("Rewritten");
		assertThat(send("POST", "/api/v1/officials/test-official-history/posts", null, AMBASSADOR_POST))
			.hasStatus(HttpStatus.CREATED);
		MvcTestResult history = this.mvc.get().uri("/api/v1/officials/test-official-history/history").exchange();
		assertThat(history).bodyJson()
			.extractingPath("$.entries[*].action")
			.asArray()
			.containsExactly("INSERT", "UPDATE", "UPDATE");
		assertThat(history).bodyJson()
			.extractingPath("$.entries[*].actor")
			.asArray()
			.allSatisfy((actor) -> assertThat((String) actor).startsWith("test curator (key "));
		assertThat(history).bodyJson().extractingPath("$.entries[2].state.version").isEqualTo(2);
		assertThat(this.mvc.get().uri("/api/v1/officials/test-official-history?asOf={t}", beforeUpdate)).bodyJson()
			.extractingPath("$.state.biography")
			.isEqualTo("A test person.");
		deletePerson("test-official-history");
	}

	@Test
	void deletesAPersonWithTheirPostsButNotOneStillAtMeetings() {
		String etag = this.mvc.get()
			.uri("/api/v1/officials/bakyt-dyussenbayev")
			.exchange()
			.getResponse()
			.getHeader("ETag");
		MvcTestResult refused = send("DELETE", "/api/v1/officials/bakyt-dyussenbayev", etag, null);
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.containsPattern("participant of \\d+ meeting");
		createPerson("test-official-deleted", "Deleted Testov");
		String location = send("POST", "/api/v1/officials/test-official-deleted/posts", null, AMBASSADOR_POST)
			.getResponse()
			.getHeader("Location");
		assertThat(send("DELETE", "/api/v1/officials/test-official-deleted", null, null))
			.hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(send("DELETE", "/api/v1/officials/test-official-deleted", "\"v1\"", null))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/v1/officials/test-official-deleted")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(location)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/api/v1/officials/test-official-deleted/history")).bodyJson()
			.extractingPath("$.deleted")
			.isEqualTo(true);
	}

	@Test
	void aReplaceReplacesTheCitedSourcesAndADeleteTakesThemAlong() {
		String uri = "/api/v1/officials/test-official-cites";
		assertThat(send("POST", "/api/v1/officials", null, """
				{"slug":"test-official-cites","fullName":"Aigerim Cites","country":"kz",
				 "sources":["dyussenbayev-interview-2025","pilsen-region-ambassador-visit-2024"]}"""))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.sources[*].id")
			.asArray()
			.containsExactlyInAnyOrder("dyussenbayev-interview-2025", "pilsen-region-ambassador-visit-2024");
		this.statements.reset();
		assertThat(send("PUT", uri, "\"v0\"", """
				{"slug":"test-official-cites","fullName":"Aigerim Cites","country":"kz",
				 "sources":["astana-times-foreign-ministers-2024"]}""")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.sources[*].id")
			.asArray()
			.containsExactly("astana-times-foreign-ministers-2024");
		// the person, its version, the references, the row, its sources (delete, insert),
		// the answer
		assertThat(this.statements.count()).isLessThanOrEqualTo(14);
		assertThat(send("DELETE", uri, "\"v1\"", null)).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri(uri)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void readingOnePostRunsAFixedNumberOfStatements() {
		long id = postId("bakyt-dyussenbayev", 0);
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/officials/bakyt-dyussenbayev/posts/" + id)).hasStatusOk();
		// the post with its sources and date claims built as JSON by PostgreSQL
		assertThat(this.statements.count()).isEqualTo(1);
		// in autocommit: no BEGIN/COMMIT round trip
		assertThat(this.statements.transactions()).isZero();
	}

	private long postId(String official, int index) {
		try {
			Number id = JsonPath.read(
					this.mvc.get().uri("/api/v1/officials/" + official).exchange().getResponse().getContentAsString(),
					"$.posts[" + index + "].id");
			return id.longValue();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void createPerson(String slug, String name) {
		assertThat(send("POST", "/api/v1/officials", null, person(slug, name, ""))).hasStatus(HttpStatus.CREATED);
	}

	private void deletePerson(String slug) {
		String etag = this.mvc.get().uri("/api/v1/officials/" + slug).exchange().getResponse().getHeader("ETag");
		assertThat(send("DELETE", "/api/v1/officials/" + slug, etag, null)).hasStatus(HttpStatus.NO_CONTENT);
	}

	private static String person(String slug, String name, String more) {
		return "{\"slug\":\"" + slug + "\",\"fullName\":\"" + name + "\",\"country\":\"KZ\","
				+ "\"biography\":\"A test person.\",\"sources\":[\"dyussenbayev-interview-2025\"]"
				+ (more.isEmpty() ? "" : "," + more) + "}";
	}

	private MvcTestResult send(String method, String uri, String ifMatch, String body) {
		var request = switch (method) {
			case "POST" -> this.mvc.post().uri(uri);
			case "PUT" -> this.mvc.put().uri(uri);
			case "PATCH" -> this.mvc.patch().uri(uri);
			default -> this.mvc.delete().uri(uri);
		};
		request = request.header("X-API-Key", this.curator);
		if (ifMatch != null) {
			request = request.header("If-Match", ifMatch);
		}
		if (body != null) {
			request = request.contentType(method.equals("PATCH") ? MediaType.valueOf("application/merge-patch+json")
					: MediaType.APPLICATION_JSON)
				.content(body);
		}
		return request.exchange();
	}

	private static void assertField(MvcTestResult result, HttpStatus status, String field) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[*].name").asArray().contains(field);
	}

	private List<String> ids(String uri) throws Exception {
		return JsonPath.read(this.mvc.get().uri(uri).exchange().getResponse().getContentAsString(), "$.items[*].id");
	}

}
