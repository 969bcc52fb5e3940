package org.kzcz.relations.sources;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SourceCurationTest {

	@Autowired
	MockMvcTester mvc;

	String curator;

	@BeforeEach
	void curatorKey() {
		this.curator = TestKeys.curator(this.mvc);
	}

	@Test
	void anonymousWriteIs401BeforeTheBodyIsRead() {
		assertThat(this.mvc.post().uri("/api/v1/sources").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.delete().uri("/api/v1/sources/dyussenbayev-interview-2025"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void curatorAddsASourceFoundInTheListSearchAndDetail() throws Exception {
		MvcTestResult created = post(source("test-source-zhetisu-gazette-2025", "Zhetisu gazette on Pilsen visit",
				"\"publishedOn\":\"2025-03-01\",\"publishedPrecision\":\"MONTH\",\"language\":\"KK\","
						+ "\"url\":\"https://example.org/zhetisu\",\"publisher\":\"Zhetisu\""));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created.getResponse().getHeader("Location"))
			.isEqualTo("/api/v1/sources/test-source-zhetisu-gazette-2025");
		assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"v0\"");
		assertThat(created).bodyJson().extractingPath("$.version").isEqualTo(0);
		assertThat(created).bodyJson().extractingPath("$.language").isEqualTo("kk");
		assertThat(created).bodyJson().extractingPath("$.citations.people").asArray().isEmpty();

		assertThat(ids("/api/v1/sources?q=Zhetisu")).containsExactly("test-source-zhetisu-gazette-2025");
		assertThat(ids("/api/v1/search?q=Zhetisu&types=SOURCE")).containsExactly("test-source-zhetisu-gazette-2025");
		MvcTestResult detail = this.mvc.get().uri("/api/v1/sources/test-source-zhetisu-gazette-2025").exchange();
		assertThat(detail).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(0);
		assertThat(detail.getResponse().getHeader("ETag")).startsWith("\"v0-d");
	}

	@Test
	void rejectsEachBrokenRuleNamingTheField() throws Exception {
		assertField(post(source("Not A Slug", "t", "")), HttpStatus.BAD_REQUEST, "slug");
		assertField(post("{\"slug\":\"test-source-no-title\",\"kind\":\"NEWS\",\"sources\":[]}"),
				HttpStatus.BAD_REQUEST, "sources");
		assertField(post(source("test-source-ftp", "t", "\"url\":\"ftp://example.org/file\"")), HttpStatus.BAD_REQUEST,
				"url");
		assertField(post(source("test-source-lang", "t", "\"language\":\"english\"")), HttpStatus.BAD_REQUEST,
				"language");
		assertField(post(source("test-source-lang", "t", "\"language\":\"xq\"")), HttpStatus.UNPROCESSABLE_CONTENT,
				"language");
		assertField(post(source("test-source-half-date", "t", "\"publishedOn\":\"2025-03-01\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "publishedPrecision");
		assertField(post(source("test-source-half-date", "t", "\"publishedPrecision\":\"DAY\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "publishedOn");
		assertField(
				post(source("test-source-mid-month", "t",
						"\"publishedOn\":\"2025-03-15\",\"publishedPrecision\":\"MONTH\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "publishedOn");
		assertField(
				post(source("test-source-mid-year", "t",
						"\"publishedOn\":\"2025-03-01\",\"publishedPrecision\":\"YEAR\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "publishedOn");
		assertField(
				post(source("test-source-quarter", "t",
						"\"publishedOn\":\"2025-01-01\",\"publishedPrecision\":\"QUARTER\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "publishedPrecision");
		assertField(post(source("dyussenbayev-interview-2025", "Taken", "")), HttpStatus.CONFLICT, "slug");
		assertThat(ids("/api/v1/sources?size=200")).noneMatch((id) -> id.startsWith("test-source-mid-"));
	}

	@Test
	void putNeedsIfMatchAndRefusesAStaleOne() {
		created("test-source-if-match");
		String body = source("test-source-if-match", "Renamed", "");
		assertThat(put("test-source-if-match", null, body)).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(put("test-source-if-match", "\"v7\"", body)).hasStatus(HttpStatus.PRECONDITION_FAILED);
		MvcTestResult replaced = put("test-source-if-match", "\"v0\"", body);
		assertThat(replaced).hasStatusOk().bodyJson().extractingPath("$.title").isEqualTo("Renamed");
		assertThat(replaced.getResponse().getHeader("ETag")).isEqualTo("\"v1\"");
		// the same If-Match a second time is stale now
		assertThat(put("test-source-if-match", "\"v0\"", body)).hasStatus(HttpStatus.PRECONDITION_FAILED);
	}

	@Test
	void twoConcurrentUpdatesWithTheSameIfMatchLetExactlyOneThrough() throws Exception {
		created("test-source-race");
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> update = () -> {
			start.await();
			return put("test-source-race", "\"v0\"", source("test-source-race", "Raced", "")).getResponse().getStatus();
		};
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			Future<Integer> first = pool.submit(update);
			Future<Integer> second = pool.submit(update);
			start.countDown();
			assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 412);
		}
	}

	@Test
	void patchChangesOnlyTheFieldsSentAndNullClearsOne() {
		created("test-source-patch");
		MvcTestResult patched = this.mvc.patch()
			.uri("/api/v1/sources/test-source-patch")
			.header("X-API-Key", this.curator)
			.header("If-Match", "\"v0\"")
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.content("{\"summary\":\"Added later\",\"publisher\":null}")
			.exchange();
		assertThat(patched).hasStatusOk();
		assertThat(patched).bodyJson().extractingPath("$.summary").isEqualTo("Added later");
		assertThat(patched).bodyJson().extractingPath("$.publisher").isNull();
		assertThat(patched).bodyJson().extractingPath("$.title").isEqualTo("Test source");
		assertThat(patched).bodyJson().extractingPath("$.kind").isEqualTo("NEWS");
		MvcTestResult invalid = this.mvc.patch()
			.uri("/api/v1/sources/test-source-patch")
			.header("X-API-Key", this.curator)
			.header("If-Match", "\"v1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":null,\"colour\":\"red\"}")
			.exchange();
		assertThat(invalid).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("colour");
	}

	@Test
	void historyNamesTheCuratorOfEachChangeAndAsOfReturnsTheEarlierState() throws Exception {
		created("test-source-history");
		Instant beforeUpdate = Instant.now();
		Thread.sleep(20);
		assertThat(put("test-source-history", "\"v0\"", source("test-source-history", "Second title", "")))
			.hasStatusOk();
		MvcTestResult history = this.mvc.get().uri("/api/v1/sources/test-source-history/history").exchange();
		assertThat(history).bodyJson()
			.extractingPath("$.entries[*].action")
			.asArray()
			.containsExactly("INSERT", "UPDATE");
		assertThat(history).bodyJson()
			.extractingPath("$.entries[*].actor")
			.asArray()
			.allSatisfy((actor) -> assertThat((String) actor).startsWith("test curator (key "));
		assertThat(this.mvc.get().uri("/api/v1/sources/test-source-history?asOf={t}", beforeUpdate)).bodyJson()
			.extractingPath("$.state.title")
			.isEqualTo("Test source");
	}

	@Test
	void refusesToDeleteASourceFactsStillCiteNamingHowMany() {
		String etag = this.mvc.get()
			.uri("/api/v1/sources/baimukhan-eu-interview-2022")
			.exchange()
			.getResponse()
			.getHeader("ETag");
		MvcTestResult refused = this.mvc.delete()
			.uri("/api/v1/sources/baimukhan-eu-interview-2022")
			.header("X-API-Key", this.curator)
			.header("If-Match", etag)
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().containsPattern("cited by \\d+ fact");
		assertThat(this.mvc.get().uri("/api/v1/sources/baimukhan-eu-interview-2022")).hasStatusOk();
	}

	@Test
	void deletesAnUncitedSourceAndKeepsItsHistory() {
		created("test-source-deleted");
		assertThat(this.mvc.delete().uri("/api/v1/sources/test-source-deleted").header("X-API-Key", this.curator))
			.hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(this.mvc.delete()
			.uri("/api/v1/sources/test-source-deleted")
			.header("X-API-Key", this.curator)
			.header("If-Match", "\"v0\"")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/v1/sources/test-source-deleted")).hasStatus(HttpStatus.NOT_FOUND);
		MvcTestResult history = this.mvc.get().uri("/api/v1/sources/test-source-deleted/history").exchange();
		assertThat(history).bodyJson().extractingPath("$.deleted").isEqualTo(true);
		assertThat(history).bodyJson()
			.extractingPath("$.entries[*].action")
			.asArray()
			.containsExactly("INSERT", "DELETE");
	}

	@Test
	void documentsTheWriteOperationsWithTheirRequestSchemaAndIfMatch() throws Exception {
		String doc = this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(doc,
				"$.paths['/api/v1/sources'].post.requestBody.content['application/json'].schema.$ref"))
			.endsWith("/SourceRequest");
		assertThat((String) JsonPath.read(doc,
				"$.paths['/api/v1/sources/{id}'].patch.requestBody.content['application/merge-patch+json'].schema.$ref"))
			.endsWith("/SourceRequest");
		for (String method : List.of("put", "patch", "delete")) {
			List<String> headers = JsonPath.read(doc,
					"$.paths['/api/v1/sources/{id}']." + method + ".parameters[?(@.in == 'header')].name");
			assertThat(headers).as(method).containsExactly("If-Match");
			List<Object> security = JsonPath.read(doc, "$.paths['/api/v1/sources/{id}']." + method + ".security");
			assertThat(security).as(method).isNotEmpty();
		}
	}

	private void created(String slug) {
		assertThat(post(source(slug, "Test source", "\"publisher\":\"Somebody\""))).hasStatus(HttpStatus.CREATED);
	}

	private static String source(String slug, String title, String more) {
		return "{\"slug\":\"" + slug + "\",\"title\":\"" + title + "\",\"kind\":\"NEWS\""
				+ (more.isEmpty() ? "" : "," + more) + "}";
	}

	private MvcTestResult post(String body) {
		return this.mvc.post()
			.uri("/api/v1/sources")
			.header("X-API-Key", this.curator)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult put(String slug, String ifMatch, String body) {
		var request = this.mvc.put()
			.uri("/api/v1/sources/" + slug)
			.header("X-API-Key", this.curator)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (ifMatch != null) {
			request = request.header("If-Match", ifMatch);
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
