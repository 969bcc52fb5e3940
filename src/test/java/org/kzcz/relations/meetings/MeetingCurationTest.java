package org.kzcz.relations.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.SqlStatementCounter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MeetingCurationTest {

	private static final String PREFIX = "curation-test-meeting-";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SqlStatementCounter statements;

	Curator curator;

	@BeforeEach
	void newCurator() {
		this.curator = Curator.create(this.mvc);
	}

	@AfterEach
	void removeTestData() {
		this.jdbc.sql("delete from meeting where slug like :prefix").param("prefix", PREFIX + "%").update();
		this.jdbc.sql("delete from source where slug like :prefix").param("prefix", PREFIX + "%").update();
	}

	@Test
	void anonymousWritesAreRefusedWith401BeforeTheBodyIsRead() {
		String slug = PREFIX + "anonymous";
		assertThat(this.mvc.post().uri("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content("{"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.put()
			.uri("/api/v1/meetings/fiala-visit-kazakhstan-2023")
			.contentType(MediaType.APPLICATION_JSON)
			.content(meeting(slug))).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.patch()
			.uri("/api/v1/meetings/fiala-visit-kazakhstan-2023")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.delete().uri("/api/v1/meetings/fiala-visit-kazakhstan-2023"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri("/api/v1/meetings/fiala-visit-kazakhstan-2023")).hasStatusOk();
	}

	@Test
	void curatorCreatesAMeetingThatAppearsInTheListAndDetail() {
		String slug = PREFIX + "created";
		MvcTestResult created = this.curator.post("/api/v1/meetings", meeting(slug));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/meetings/" + slug);
		assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"v0\"");
		String body = Curator.body(created);
		assertThat((Integer) JsonPath.read(body, "$.version")).isZero();
		assertThat((String) JsonPath.read(body, "$.self")).isEqualTo("/api/v1/meetings/" + slug);
		List<String> people = JsonPath.read(body, "$.participants[*].personId");
		assertThat(people).containsExactly("jan-lipavsky", "bakyt-dyussenbayev");
		List<String> posts = JsonPath.read(body,
				"$.participants[?(@.personId == 'bakyt-dyussenbayev')].postsAtTheTime[*].postedToCountry");
		assertThat(posts).containsExactly("CZ");
		List<String> topics = JsonPath.read(body, "$.topics");
		assertThat(topics).containsExactly("Rolling stock for Kazakh railways", "Freight through the Caspian");
		List<String> outcomeAgreements = JsonPath.read(body, "$.outcomes[*].agreement.id");
		assertThat(outcomeAgreements).containsExactly("kz-cz-foreign-ministries-mou-2024");
		List<String> projects = JsonPath.read(body, "$.projects[*].id");
		assertThat(projects).containsExactly("middle-corridor-titr");
		List<String> sources = JsonPath.read(body, "$.sources[*].id");
		assertThat(sources).containsExactly("dyussenbayev-interview-2025");

		assertThat(ids("/api/v1/meetings?q=quillfeather")).containsExactly(slug);
		assertThat(ids("/api/v1/meetings?official=jan-lipavsky&from=2026-01-01")).containsExactly(slug);
		assertThat(ids("/api/v1/search?q=Quillfeather&types=MEETING")).containsExactly(slug);
		assertThat(ids("/api/v1/timeline?types=MEETING&from=2026-03-10&to=2026-03-10")).containsExactly(slug);
		MvcTestResult detail = this.mvc.get().uri("/api/v1/meetings/" + slug).exchange();
		assertThat(detail).hasStatusOk();
		assertThat(Curator.body(detail)).isEqualTo(body);
	}

	@Test
	void curatorCreatesAMeetingCitingASourceTheyJustRecorded() {
		String source = PREFIX + "bulletin";
		String slug = PREFIX + "newly-sourced";
		assertThat(this.curator.post("/api/v1/sources", """
				{"slug": "%s", "title": "Quillfeather bulletin", "kind": "NEWS", "publisher": "Test wire",
				 "publishedOn": "2026-03-01", "publishedPrecision": "MONTH"}
				""".formatted(source))).hasStatus(HttpStatus.CREATED);
		ObjectNode body = (ObjectNode) JSON.readTree(meeting(slug));
		body.set("sources", JSON.readTree("[\"" + source + "\"]"));
		MvcTestResult created = this.curator.post("/api/v1/meetings", body.toString());
		assertThat(created).hasStatus(HttpStatus.CREATED);
		List<String> sources = JsonPath.read(Curator.body(created), "$.sources[*].id");
		assertThat(sources).containsExactly(source);
		assertThat(ids("/api/v1/meetings?q=quillfeather")).containsExactly(slug);
		List<String> citing = JsonPath.read(Curator.body(this.mvc.get().uri("/api/v1/sources/" + source).exchange()),
				"$.citations.meetings[*].id");
		assertThat(citing).containsExactly(slug);
	}

	@Test
	void detailCarriesTheVersionInTheBodyAndTheEtag() {
		String slug = PREFIX + "etag";
		assertThat(this.curator.post("/api/v1/meetings", meeting(slug))).hasStatus(HttpStatus.CREATED);
		MvcTestResult anonymous = this.mvc.get().uri("/api/v1/meetings/" + slug).exchange();
		assertThat(anonymous.getResponse().getHeaders("ETag")).singleElement()
			.asString()
			.matches("\"v0-d\\d+-[0-9a-f]+\"");
		assertThat(this.curator.etag("/api/v1/meetings/" + slug)).isEqualTo("\"v0\"");
		// the versioned read ETag still revalidates with 304
		assertThat(this.mvc.get()
			.uri("/api/v1/meetings/" + slug)
			.header("If-None-Match", anonymous.getResponse().getHeader("ETag"))).hasStatus(HttpStatus.NOT_MODIFIED);
		// and works as If-Match
		MvcTestResult updated = this.curator.patch("/api/v1/meetings/" + slug,
				anonymous.getResponse().getHeader("ETag"), "{\"city\":\"Ostrava\"}");
		assertThat(updated).hasStatusOk();
		assertThat(updated.getResponse().getHeader("ETag")).isEqualTo("\"v1\"");
		assertThat(updated).bodyJson().extractingPath("$.version").isEqualTo(1);
	}

	@Test
	void updatesNeedIfMatch() {
		String slug = PREFIX + "no-if-match";
		this.curator.post("/api/v1/meetings", meeting(slug));
		String uri = "/api/v1/meetings/" + slug;
		for (MvcTestResult result : List.of(this.curator.put(uri, null, meeting(slug)),
				this.curator.patch(uri, null, "{}"), this.curator.delete(uri, null))) {
			assertThat(result).hasStatus(HttpStatus.PRECONDITION_REQUIRED)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void staleIfMatchIsRefusedWith412AndChangesNothing() {
		String slug = PREFIX + "stale";
		String uri = "/api/v1/meetings/" + slug;
		this.curator.post("/api/v1/meetings", meeting(slug));
		assertThat(this.curator.patch(uri, "\"v0\"", "{\"city\":\"Ostrava\"}")).hasStatusOk();
		MvcTestResult stale = this.curator.put(uri, "\"v0\"", meeting(slug).replace("Brno", "Olomouc"));
		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.curator.delete(uri, "\"v0\"")).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(this.curator.get(uri)).bodyJson().extractingPath("$.city").isEqualTo("Ostrava");
	}

	@Test
	void twoUpdatesFromTheSameReadGiveOneSuccessAndOne412() throws Exception {
		String slug = PREFIX + "race";
		String uri = "/api/v1/meetings/" + slug;
		this.curator.post("/api/v1/meetings", meeting(slug));
		String etag = this.curator.etag(uri);
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> first = () -> {
			start.await();
			return this.curator.put(uri, etag, meeting(slug).replace("Brno", "Olomouc")).getResponse().getStatus();
		};
		Callable<Integer> second = () -> {
			start.await();
			return this.curator.patch(uri, etag, "{\"participants\":[]}").getResponse().getStatus();
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> a = pool.submit(first);
			Future<Integer> b = pool.submit(second);
			start.countDown();
			assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 412);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.curator.get(uri)).bodyJson().extractingPath("$.version").isEqualTo(1);
	}

	@Test
	void changingOnlyAChildListMovesTheVersion() {
		String slug = PREFIX + "children";
		String uri = "/api/v1/meetings/" + slug;
		this.curator.post("/api/v1/meetings", meeting(slug));
		MvcTestResult result = this.curator.patch(uri, "\"v0\"",
				"{\"participants\":[{\"person\":\"jan-lipavsky\",\"roleAtMeeting\":\"HOST\",\"sideCountry\":\"CZ\"}]}");
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("ETag")).isEqualTo("\"v1\"");
		List<String> people = JsonPath.read(Curator.body(result), "$.participants[*].personId");
		assertThat(people).containsExactly("jan-lipavsky");
		// an edit of the topics based on the first read now conflicts
		assertThat(this.curator.patch(uri, "\"v0\"", "{\"topics\":[\"Rail\"]}"))
			.hasStatus(HttpStatus.PRECONDITION_FAILED);
	}

	@Test
	void putReplacesEverythingIncludingChildLists() {
		String slug = PREFIX + "put";
		String uri = "/api/v1/meetings/" + slug;
		this.curator.post("/api/v1/meetings", meeting(slug));
		String replacement = """
				{"slug": "%s", "title": "Quillfeather talks, rescheduled", "kind": "TALKS", "status": "PLANNED",
				 "startDate": "2026-07-01", "datePrecision": "HALF_YEAR",
				 "sources": ["astana-times-foreign-ministers-2024", "dyussenbayev-interview-2025"]}
				""".formatted(slug);
		MvcTestResult result = this.curator.put(uri, "\"v0\"", replacement);
		assertThat(result).hasStatusOk();
		String body = Curator.body(result);
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("PLANNED");
		assertThat((String) JsonPath.read(body, "$.datePrecision")).isEqualTo("HALF_YEAR");
		assertThat((Object) JsonPath.read(body, "$.city")).isNull();
		for (String list : List.of("participants", "organizations", "topics", "outcomes", "projects")) {
			assertThat((List<?>) JsonPath.read(body, "$." + list)).as(list).isEmpty();
		}
		List<String> sources = JsonPath.read(body, "$.sources[*].id");
		assertThat(sources).containsExactly("astana-times-foreign-ministers-2024", "dyussenbayev-interview-2025");
	}

	@Test
	void patchChangesOnlyTheFieldsSentAndNullClearsOne() {
		String slug = PREFIX + "patch";
		String uri = "/api/v1/meetings/" + slug;
		String before = Curator.body(this.curator.post("/api/v1/meetings", meeting(slug)));
		MvcTestResult result = this.curator.patch(uri, "\"v0\"",
				"{\"dateNote\":\"Exact days not given\",\"summary\":null,\"endDate\":\"2026-03-20\"}");
		assertThat(result).hasStatusOk();
		String after = Curator.body(result);
		assertThat((String) JsonPath.read(after, "$.dateNote")).isEqualTo("Exact days not given");
		assertThat((String) JsonPath.read(after, "$.endDate")).isEqualTo("2026-03-20");
		assertThat((Object) JsonPath.read(after, "$.summary")).isNull();
		for (String unchanged : List.of("$.title", "$.city", "$.participants", "$.topics", "$.outcomes", "$.sources")) {
			assertThat((Object) JsonPath.read(after, unchanged)).as(unchanged)
				.isEqualTo(JsonPath.read(before, unchanged));
		}
	}

	@Test
	void patchIsCheckedLikeAPut() {
		String slug = PREFIX + "bad-patch";
		String uri = "/api/v1/meetings/" + slug;
		this.curator.post("/api/v1/meetings", meeting(slug));
		assertError(this.curator.patch(uri, "\"v0\"", "{\"venue\":\"Brno\"}"), HttpStatus.BAD_REQUEST, "venue");
		assertError(this.curator.patch(uri, "\"v0\"", "{\"title\":null}"), HttpStatus.BAD_REQUEST, "title");
		assertError(this.curator.patch(uri, "\"v0\"", "{\"sources\":[]}"), HttpStatus.BAD_REQUEST, "sources");
		assertError(this.curator.patch(uri, "\"v0\"", "{\"startDate\":\"March 2026\"}"), HttpStatus.BAD_REQUEST,
				"startDate");
		assertError(this.curator.patch(uri, "\"v0\"", "{\"endDate\":\"2026-02-28\"}"), HttpStatus.UNPROCESSABLE_CONTENT,
				"endDate");
		assertError(this.curator.patch(uri, "\"v0\"", "[]"), HttpStatus.BAD_REQUEST, "body");
		assertThat(this.curator.get(uri)).bodyJson().extractingPath("$.version").isEqualTo(0);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{\"endDate\": \"2026-02-27\"} | 422 | endDate",
			"{\"startDate\": \"2026-03-15\"} | 422 | startDate",
			"{\"startDate\": \"2026-02-01\", \"datePrecision\": \"QUARTER\"} | 422 | startDate",
			"{\"startDate\": \"2026-04-01\", \"datePrecision\": \"HALF_YEAR\"} | 422 | startDate",
			"{\"startDate\": \"2026-03-01\", \"datePrecision\": \"YEAR\"} | 422 | startDate",
			"{\"country\": \"XX\"} | 422 | country", "{\"visitingCountry\": \"KAZ\"} | 400 | visitingCountry",
			"{\"participants\": [{\"person\": \"nobody-at-all\", \"roleAtMeeting\": \"HOST\"}]} | 422 | participants[0].person",
			"{\"participants\": [{\"person\": \"jan-lipavsky\", \"roleAtMeeting\": \"HOST\", \"sideCountry\": \"QQ\"}]} | 422 | participants[0].sideCountry",
			"{\"participants\": [{\"person\": \"jan-lipavsky\", \"roleAtMeeting\": \"HOST\"}, {\"person\": \"jan-lipavsky\", \"roleAtMeeting\": \"GUEST\"}]} | 422 | participants[1].person",
			"{\"participants\": [{\"person\": \"jan-lipavsky\"}]} | 400 | participants[0].roleAtMeeting",
			"{\"organizations\": [{\"organization\": \"no-such-company\", \"role\": \"HOST\"}]} | 422 | organizations[0].organization",
			"{\"outcomes\": [{\"kind\": \"STATEMENT\", \"description\": \"x\", \"agreement\": \"no-such-agreement\"}]} | 422 | outcomes[0].agreement",
			"{\"outcomes\": [{\"kind\": \"AGREEMENT_SIGNED\", \"description\": \"A memorandum was signed\"}]} | 422 | outcomes[0].agreement",
			"{\"projects\": [\"no-such-project\"]} | 422 | projects",
			"{\"sources\": [\"no-such-source\"]} | 422 | sources", "{\"sources\": []} | 400 | sources",
			"{\"slug\": \"Not A Slug\"} | 400 | slug", "{\"title\": \" \"} | 400 | title",
			"{\"kind\": \"PARTY\"} | 400 | kind", "{\"venue\": \"Brno\"} | 400 | venue" })
	void rejectsEachBrokenRuleNamingTheField(String change, int status, String field) {
		ObjectNode body = (ObjectNode) JSON.readTree(meeting(PREFIX + "invalid"));
		JSON.readTree(change).properties().forEach((member) -> body.set(member.getKey(), member.getValue()));
		assertError(this.curator.post("/api/v1/meetings", body.toString()), HttpStatus.valueOf(status), field);
		assertThat(ids("/api/v1/meetings?q=quillfeather")).isEmpty();
	}

	@Test
	void reportsEveryBrokenRuleAtOnce() {
		ObjectNode body = (ObjectNode) JSON.readTree(meeting(PREFIX + "many-errors"));
		body.put("endDate", "2025-01-01");
		body.put("hostCountry", "QQ");
		body.set("sources", JSON.readTree("[\"dyussenbayev-interview-2025\", \"no-such-source\"]"));
		MvcTestResult result = this.curator.post("/api/v1/meetings", body.toString());
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		List<String> fields = JsonPath.read(Curator.body(result), "$.errors[*].name");
		assertThat(fields).containsExactly("endDate", "hostCountry", "sources");
	}

	@Test
	@Transactional
	void everySeededMeetingCanBeSavedAsItStands() {
		// an empty merge patch re-checks every rule on the stored state (rolled back
		// after)
		List<String> seeded = JsonPath.read(Curator.body(this.mvc.get().uri("/api/v1/meetings?size=200").exchange()),
				"$.items[*].id");
		assertThat(seeded).isNotEmpty();
		for (String id : seeded) {
			String uri = "/api/v1/meetings/" + id;
			assertThat(this.curator.patch(uri, this.curator.etag(uri), "{}")).as(id).hasStatusOk();
		}
	}

	@Test
	void duplicateSlugIs409() {
		MvcTestResult result = this.curator.post("/api/v1/meetings", meeting("fiala-visit-kazakhstan-2023"));
		assertError(result, HttpStatus.CONFLICT, "slug");
		String slug = PREFIX + "rename-clash";
		this.curator.post("/api/v1/meetings", meeting(slug));
		assertError(
				this.curator.patch("/api/v1/meetings/" + slug, "\"v0\"", "{\"slug\":\"fiala-visit-kazakhstan-2023\"}"),
				HttpStatus.CONFLICT, "slug");
	}

	@Test
	void aNewSlugRenamesTheMeetingAndKeepsItsHistory() {
		String slug = PREFIX + "old-name";
		String renamed = PREFIX + "new-name";
		this.curator.post("/api/v1/meetings", meeting(slug));
		MvcTestResult result = this.curator.patch("/api/v1/meetings/" + slug, "\"v0\"",
				"{\"slug\":\"" + renamed + "\"}");
		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.self").isEqualTo("/api/v1/meetings/" + renamed);
		assertThat(this.mvc.get().uri("/api/v1/meetings/" + slug)).hasStatus(HttpStatus.NOT_FOUND);
		MvcTestResult history = this.mvc.get().uri("/api/v1/meetings/" + renamed + "/history").exchange();
		List<String> actions = JsonPath.read(Curator.body(history), "$.entries[*].action");
		assertThat(actions).containsExactly("INSERT", "UPDATE");
	}

	@Test
	void historyRecordsEveryChangeWithTheCuratorAndAsOfShowsTheEarlierState() {
		String slug = PREFIX + "history";
		String uri = "/api/v1/meetings/" + slug;
		this.curator.post("/api/v1/meetings", meeting(slug));
		this.curator.patch(uri, "\"v0\"", "{\"title\":\"Quillfeather roundtable, second day\"}");
		this.curator.patch(uri, "\"v1\"", "{\"topics\":[\"Rail\"]}");
		String history = Curator.body(this.mvc.get().uri(uri + "/history").exchange());
		List<String> actions = JsonPath.read(history, "$.entries[*].action");
		assertThat(actions).containsExactly("INSERT", "UPDATE", "UPDATE");
		List<String> actors = JsonPath.read(history, "$.entries[*].actor");
		assertThat(actors).allSatisfy((actor) -> assertThat(actor).startsWith("test curator (key "));
		List<Integer> versions = JsonPath.read(history, "$.entries[*].state.version");
		assertThat(versions).containsExactly(0, 1, 2);
		String created = JsonPath.read(history, "$.entries[0].changedAt");
		MvcTestResult asOf = this.mvc.get().uri(uri + "?asOf=" + Instant.parse(created)).exchange();
		assertThat(asOf).hasStatusOk().bodyJson().extractingPath("$.state.title").isEqualTo(title());
		assertThat(this.mvc.get().uri(uri)).bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Quillfeather roundtable, second day");
	}

	@Test
	void deleteAnswers204ThenTheMeetingIsGoneButItsHistoryStays() {
		String slug = PREFIX + "deleted";
		String uri = "/api/v1/meetings/" + slug;
		this.curator.post("/api/v1/meetings", meeting(slug));
		assertThat(this.curator.delete(uri, "\"v0\"")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri(uri)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(ids("/api/v1/meetings?q=quillfeather")).isEmpty();
		long children = this.jdbc
			.sql("""
					select (select count(*) from meeting_participant mp where not exists (select 1 from meeting m where m.id = mp.meeting_id))
					     + (select count(*) from meeting_topic mt where not exists (select 1 from meeting m where m.id = mt.meeting_id))
					""")
			.query(Long.class)
			.single();
		assertThat(children).isZero();
		MvcTestResult history = this.mvc.get().uri(uri + "/history").exchange();
		assertThat(history).hasStatusOk().bodyJson().extractingPath("$.deleted").isEqualTo(true);
		List<String> actions = JsonPath.read(Curator.body(history), "$.entries[*].action");
		assertThat(actions).containsExactly("INSERT", "DELETE");
		assertThat(this.curator.delete(uri, "\"v0\"")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void writesRunAFixedNumberOfStatementsWhateverTheNumberOfParticipants() {
		ObjectNode few = (ObjectNode) JSON.readTree(meeting(PREFIX + "few"));
		few.set("participants", JSON.readTree("[{\"person\": \"jan-lipavsky\", \"roleAtMeeting\": \"HOST\"}]"));
		ObjectNode many = (ObjectNode) JSON.readTree(meeting(PREFIX + "many"));
		many.set("participants", JSON.readTree("""
				[{"person": "jan-lipavsky", "roleAtMeeting": "HOST"},
				 {"person": "bakyt-dyussenbayev", "roleAtMeeting": "GUEST"},
				 {"person": "marek-vyborny", "roleAtMeeting": "PARTICIPANT"},
				 {"person": "roman-vassilenko", "roleAtMeeting": "DELEGATION_MEMBER"}]"""));
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		for (ObjectNode body : List.of(few, many)) {
			this.statements.reset();
			assertThat(this.curator.post("/api/v1/meetings", body.toString())).hasStatus(HttpStatus.CREATED);
			counts.put(body.get("slug").asString(), this.statements.count());
		}
		assertThat(counts.values()).containsOnly(counts.values().iterator().next());
		assertThat(counts.values().iterator().next()).isLessThanOrEqualTo(25);
	}

	private static String title() {
		return "Curated roundtable on Quillfeather railways";
	}

	/**
	 * A valid meeting; the ambassador's post then is the Czech one, the Middle Corridor
	 * was discussed.
	 */
	private static String meeting(String slug) {
		return """
				{"slug": "%s", "title": "%s", "kind": "ROUNDTABLE", "status": "HELD",
				 "startDate": "2026-03-01", "datePrecision": "MONTH", "city": "Brno", "country": "cz",
				 "hostCountry": "CZ", "visitingCountry": "KZ", "summary": "Rail freight and rolling stock.",
				 "participants": [{"person": "bakyt-dyussenbayev", "roleAtMeeting": "GUEST", "sideCountry": "KZ"},
				                  {"person": "jan-lipavsky", "roleAtMeeting": "HOST", "sideCountry": "CZ",
				                   "note": "Opened the roundtable"}],
				 "organizations": [{"organization": "skoda-transportation", "role": "PARTICIPANT"}],
				 "topics": ["Rolling stock for Kazakh railways", "Freight through the Caspian"],
				 "outcomes": [{"kind": "STATEMENT", "description": "Both sides praised the new ministries' memorandum.",
				               "agreement": "kz-cz-foreign-ministries-mou-2024"}],
				 "projects": ["middle-corridor-titr"],
				 "sources": ["dyussenbayev-interview-2025"]}
				""".formatted(slug, title());
	}

	private List<String> ids(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		List<String> all = JsonPath.read(Curator.body(result), "$.items[*].id");
		return all.stream().filter((id) -> id.startsWith(PREFIX)).toList();
	}

	private static void assertError(MvcTestResult result, HttpStatus status, String field) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		List<String> fields = JsonPath.read(Curator.body(result), "$.errors[*].name");
		assertThat(fields).as(Curator.body(result)).contains(field);
	}

}
