package org.kzcz.relations.projects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
import tools.jackson.databind.node.ArrayNode;
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
class ProjectCurationTest {

	private static final String PREFIX = "curation-test-project-";

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
		for (String table : List.of("meeting", "agreement", "project")) {
			this.jdbc.sql("delete from " + table + " where slug like :prefix").param("prefix", PREFIX + "%").update();
		}
	}

	@Test
	void anonymousWritesAreRefusedWith401() {
		String uri = "/api/v1/projects/przewalski-horse-reintroduction";
		assertThat(this.mvc.post()
			.uri("/api/v1/projects")
			.contentType(MediaType.APPLICATION_JSON)
			.content(project(PREFIX + "anonymous"))).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.patch().uri(uri).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.delete().uri(uri)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void curatorCreatesAProjectWithMilestonesAndTargetsThatAppearsEverywhere() {
		String slug = PREFIX + "created";
		MvcTestResult created = this.curator.post("/api/v1/projects", project(slug));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/projects/" + slug);
		assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"v0\"");
		String body = Curator.body(created);
		assertThat((Integer) JsonPath.read(body, "$.version")).isZero();
		assertThat((String) JsonPath.read(body, "$.leadOrganization.id")).isEqualTo("university-of-west-bohemia");
		List<String> partners = JsonPath.read(body, "$.partners[*].id");
		assertThat(partners).containsExactly("university-of-west-bohemia", "skoda-transportation");
		List<String> countries = JsonPath.read(body, "$.countries");
		assertThat(countries).containsExactly("CZ", "KZ");
		List<String> milestones = JsonPath.read(body, "$.milestones[*].title");
		assertThat(milestones).containsExactly("First cohort arrives", "Second cohort planned");
		List<String> milestoneSources = JsonPath.read(body, "$.milestones[1].sources[*].id");
		assertThat(milestoneSources).containsExactly("dyussenbayev-interview-2025",
				"pilsen-region-ambassador-visit-2024");
		// over-achievement is allowed and shows as more than 100%
		assertThat((Double) JsonPath.read(body, "$.targets[0].progressPercent")).isEqualTo(120.0);
		List<String> targetSources = JsonPath.read(body, "$.targets[0].sources[*].id");
		assertThat(targetSources).containsExactly("pilsen-region-ambassador-visit-2024");
		assertThat(Curator.body(this.mvc.get().uri("/api/v1/projects/" + slug).exchange())).isEqualTo(body);

		assertThat(ids("/api/v1/projects?country=kz&size=200")).containsExactly(slug);
		assertThat(ids("/api/v1/search?q=Quillfeather&types=PROJECT")).containsExactly(slug);
		assertThat(ids("/api/v1/timeline?types=MILESTONE&from=2026-01-01&to=2026-12-31")).containsExactly(slug, slug);
	}

	@Test
	void detailCarriesTheVersionAndIfMatchGuardsEveryChange() {
		String slug = PREFIX + "versions";
		String uri = "/api/v1/projects/" + slug;
		this.curator.post("/api/v1/projects", project(slug));
		assertThat(this.mvc.get().uri(uri).exchange().getResponse().getHeaders("ETag")).singleElement()
			.asString()
			.matches("\"v0-d\\d+-[0-9a-f]+\"");
		assertThat(this.curator.put(uri, null, project(slug))).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(this.curator.patch(uri, null, "{}")).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(this.curator.delete(uri, null)).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		String etag = this.curator.etag(uri);
		assertThat(this.curator.put(uri, etag, project(slug).replace("\"ACTIVE\"", "\"SUSPENDED\""))).hasStatusOk();
		assertThat(this.curator.patch(uri, etag, "{\"status\":\"COMPLETED\"}"))
			.hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(this.curator.delete(uri, etag)).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(this.curator.get(uri)).bodyJson().extractingPath("$.status").isEqualTo("SUSPENDED");
	}

	@Test
	void replacingTheMilestonesMovesTheVersionAndLeavesNoOldRows() {
		String slug = PREFIX + "milestones";
		String uri = "/api/v1/projects/" + slug;
		this.curator.post("/api/v1/projects", project(slug));
		MvcTestResult result = this.curator.patch(uri, "\"v0\"", """
				{"milestones": [{"date": "2026-10-01", "datePrecision": "QUARTER", "status": "PLANNED",
				                 "title": "Joint laboratory opens", "sources": ["dyussenbayev-interview-2025"]}]}
				""");
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("ETag")).isEqualTo("\"v1\"");
		List<String> titles = JsonPath.read(Curator.body(result), "$.milestones[*].title");
		assertThat(titles).containsExactly("Joint laboratory opens");
		List<Integer> targets = JsonPath.read(Curator.body(result), "$.targets[*].target");
		assertThat(targets).containsExactly(10);
		long stored = this.jdbc.sql("""
				select count(*) from project_milestone m join project p on p.id = m.project_id where p.slug = :slug
				""").param("slug", slug).query(Long.class).single();
		assertThat(stored).isEqualTo(1);
		// an edit of the targets based on the first read now conflicts
		assertThat(this.curator.patch(uri, "\"v0\"", "{\"targets\":[]}")).hasStatus(HttpStatus.PRECONDITION_FAILED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{\"startedPrecision\": null} | 422 | startedPrecision",
			"{\"startedOn\": null} | 422 | startedOn", "{\"startedPrecision\": \"HALF_YEAR\"} | 422 | startedPrecision",
			"{\"startedOn\": \"2026-03-01\"} | 422 | startedOn",
			"{\"leadOrganization\": \"no-such-university\"} | 422 | leadOrganization",
			"{\"partners\": [{\"organization\": \"no-such-company\", \"role\": \"PARTNER\"}]} | 422 | partners[0].organization",
			"{\"partners\": [{\"organization\": \"prague-zoo\", \"role\": \"PARTNER\"}, {\"organization\": \"prague-zoo\", \"role\": \"SITE\"}]} | 422 | partners[1].organization",
			"{\"partners\": [{\"organization\": \"prague-zoo\", \"role\": \"SPONSOR\"}]} | 400 | partners[0].role",
			"{\"countries\": [\"KZ\", \"QQ\"]} | 422 | countries", "{\"countries\": [\"KAZ\"]} | 400 | countries[0]",
			"{\"milestones\": [{\"date\": \"2026-06-15\", \"datePrecision\": \"MONTH\", \"status\": \"DONE\", \"title\": \"x\", \"sources\": [\"dyussenbayev-interview-2025\"]}]} | 422 | milestones[0].date",
			"{\"milestones\": [{\"date\": \"2026-05-01\", \"datePrecision\": \"QUARTER\", \"status\": \"DONE\", \"title\": \"x\", \"sources\": [\"dyussenbayev-interview-2025\"]}]} | 422 | milestones[0].date",
			"{\"milestones\": [{\"date\": \"2026-06-01\", \"datePrecision\": \"MONTH\", \"status\": \"DONE\", \"title\": \"x\", \"sources\": []}]} | 400 | milestones[0].sources",
			"{\"milestones\": [{\"date\": \"2026-06-01\", \"datePrecision\": \"MONTH\", \"status\": \"DONE\", \"title\": \"x\", \"sources\": [\"no-such-source\"]}]} | 422 | milestones[0].sources",
			"{\"milestones\": [{\"date\": \"2026-06-01\", \"datePrecision\": \"MONTH\", \"status\": \"SOON\", \"title\": \"x\", \"sources\": [\"dyussenbayev-interview-2025\"]}]} | 400 | milestones[0].status",
			"{\"targets\": [{\"description\": \"x\", \"unit\": \"students\", \"targetValue\": 0, \"sources\": [\"dyussenbayev-interview-2025\"]}]} | 400 | targets[0].targetValue",
			"{\"targets\": [{\"description\": \"x\", \"unit\": \"students\", \"sources\": [\"dyussenbayev-interview-2025\"]}]} | 400 | targets[0].targetValue",
			"{\"targets\": [{\"description\": \"x\", \"unit\": \"students\", \"targetValue\": 5, \"achievedValue\": -1, \"sources\": [\"dyussenbayev-interview-2025\"]}]} | 400 | targets[0].achievedValue",
			"{\"targets\": [{\"description\": \"x\", \"unit\": \"students\", \"targetValue\": 5, \"sources\": [\"no-such-source\"]}]} | 422 | targets[0].sources",
			"{\"targets\": [{\"description\": \"x\", \"unit\": \"students\", \"targetValue\": 5}]} | 400 | targets[0].sources",
			"{\"sources\": [\"no-such-source\"]} | 422 | sources", "{\"sources\": []} | 400 | sources",
			"{\"name\": \"\"} | 400 | name", "{\"slug\": \"two--hyphens\"} | 400 | slug" })
	void rejectsEachBrokenRuleNamingTheField(String change, int status, String field) {
		ObjectNode body = (ObjectNode) JSON.readTree(project(PREFIX + "invalid"));
		JSON.readTree(change).properties().forEach((member) -> body.set(member.getKey(), member.getValue()));
		assertError(this.curator.post("/api/v1/projects", body.toString()), HttpStatus.valueOf(status), field);
		assertThat(this.mvc.get().uri("/api/v1/projects/" + PREFIX + "invalid")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@Transactional
	void everySeededProjectCanBeSavedAsItStands() {
		// an empty merge patch re-checks every rule on the stored state (rolled back
		// after)
		List<String> seeded = JsonPath.read(Curator.body(this.mvc.get().uri("/api/v1/projects?size=200").exchange()),
				"$.items[*].id");
		assertThat(seeded).isNotEmpty();
		for (String id : seeded) {
			String uri = "/api/v1/projects/" + id;
			assertThat(this.curator.patch(uri, this.curator.etag(uri), "{}")).as(id).hasStatusOk();
		}
	}

	@Test
	void duplicateSlugIs409() {
		assertError(this.curator.post("/api/v1/projects", project("przewalski-horse-reintroduction")),
				HttpStatus.CONFLICT, "slug");
	}

	@Test
	void historyRecordsEveryChangeWithTheCuratorAndAsOfShowsTheEarlierState() {
		String slug = PREFIX + "history";
		String uri = "/api/v1/projects/" + slug;
		this.curator.post("/api/v1/projects", project(slug));
		assertThat(this.curator.patch(uri, "\"v0\"", "{\"name\":\"Quillfeather exchange, renamed\"}")).hasStatusOk();
		String history = Curator.body(this.mvc.get().uri(uri + "/history").exchange());
		List<String> actions = JsonPath.read(history, "$.entries[*].action");
		assertThat(actions).containsExactly("INSERT", "UPDATE");
		List<String> actors = JsonPath.read(history, "$.entries[*].actor");
		assertThat(actors).allSatisfy((actor) -> assertThat(actor).startsWith("test curator (key "));
		String created = JsonPath.read(history, "$.entries[0].changedAt");
		assertThat(this.mvc.get().uri(uri + "?asOf=" + Instant.parse(created))).bodyJson()
			.extractingPath("$.state.name")
			.isEqualTo("Quillfeather student exchange");
	}

	@Test
	void deleteAnswers204RemovesTheMilestonesAndUnlinksMeetingsAndAgreements() {
		String slug = PREFIX + "deleted";
		String uri = "/api/v1/projects/" + slug;
		this.curator.post("/api/v1/projects", project(slug));
		String meeting = PREFIX + "meeting";
		assertThat(this.curator.post("/api/v1/meetings", """
				{"slug": "%s", "title": "Exchange talks", "kind": "TALKS", "status": "HELD",
				 "startDate": "2026-02-01", "datePrecision": "MONTH", "projects": ["%s"],
				 "sources": ["dyussenbayev-interview-2025"]}
				""".formatted(meeting, slug))).hasStatus(HttpStatus.CREATED);
		String agreement = PREFIX + "agreement";
		assertThat(this.curator.post("/api/v1/agreements", """
				{"slug": "%s", "title": "Exchange memorandum", "kind": "MEMORANDUM", "status": "PROPOSED",
				 "parties": [{"country": "CZ"}, {"country": "KZ"}], "projects": ["%s"],
				 "sources": ["dyussenbayev-interview-2025"]}
				""".formatted(agreement, slug))).hasStatus(HttpStatus.CREATED);

		assertThat(this.curator.delete(uri, "\"v0\"")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri(uri)).hasStatus(HttpStatus.NOT_FOUND);
		long orphans = this.jdbc
			.sql("""
					select (select count(*) from project_milestone m where not exists (select 1 from project p where p.id = m.project_id))
					     + (select count(*) from project_target t where not exists (select 1 from project p where p.id = t.project_id))
					""")
			.query(Long.class)
			.single();
		assertThat(orphans).isZero();
		for (String linked : List.of("/api/v1/meetings/" + meeting, "/api/v1/agreements/" + agreement)) {
			MvcTestResult after = this.curator.get(linked);
			assertThat(after).bodyJson().extractingPath("$.projects").asArray().isEmpty();
			assertThat(after).bodyJson().extractingPath("$.version").isEqualTo(1);
		}
		MvcTestResult history = this.mvc.get().uri(uri + "/history").exchange();
		assertThat(history).bodyJson().extractingPath("$.deleted").isEqualTo(true);
	}

	@Test
	void writesRunAFixedNumberOfStatementsWhateverTheNumberOfMilestones() {
		List<Integer> counts = new ArrayList<>();
		for (int milestones : List.of(1, 6)) {
			ObjectNode body = (ObjectNode) JSON.readTree(project(PREFIX + "milestones-" + milestones));
			ArrayNode list = JSON.createArrayNode();
			for (int i = 1; i <= milestones; i++) {
				list.add(JSON.readTree("""
						{"date": "2026-%02d-01", "datePrecision": "MONTH", "status": "PLANNED", "title": "Step %d",
						 "sources": ["dyussenbayev-interview-2025", "pilsen-region-ambassador-visit-2024"]}
						""".formatted(i, i)));
			}
			body.set("milestones", list);
			this.statements.reset();
			assertThat(this.curator.post("/api/v1/projects", body.toString())).hasStatus(HttpStatus.CREATED);
			counts.add(this.statements.count());
		}
		assertThat(counts.get(1)).isEqualTo(counts.get(0));
	}

	/**
	 * A valid project: a Czech-Kazakh student exchange that sent more students than
	 * planned.
	 */
	private static String project(String slug) {
		return """
				{"slug": "%s", "name": "Quillfeather student exchange", "status": "ACTIVE",
				 "startedOn": "2026-01-01", "startedPrecision": "YEAR", "leadOrganization": "university-of-west-bohemia",
				 "summary": "Students of engineering spend a term at the partner university.",
				 "partners": [{"organization": "skoda-transportation", "role": "PARTNER"},
				              {"organization": "university-of-west-bohemia", "role": "COORDINATOR"}],
				 "countries": ["kz", "CZ"],
				 "milestones": [{"date": "2026-09-01", "datePrecision": "MONTH", "status": "PLANNED",
				                 "title": "Second cohort planned",
				                 "sources": ["pilsen-region-ambassador-visit-2024", "dyussenbayev-interview-2025"]},
				                {"date": "2026-02-01", "datePrecision": "MONTH", "status": "DONE",
				                 "title": "First cohort arrives", "description": "Twelve students.",
				                 "sources": ["dyussenbayev-interview-2025"]}],
				 "targets": [{"description": "Students sent in the first year", "unit": "students",
				              "targetValue": 10, "achievedValue": 12, "achievedAsOf": "2026-03-01",
				              "horizon": "first year", "sources": ["pilsen-region-ambassador-visit-2024"]}],
				 "sources": ["dyussenbayev-interview-2025"]}
				"""
			.formatted(slug);
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
