package org.kzcz.relations.agreements;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.IntegrationTest;
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
class AgreementCurationTest {

	private static final String PREFIX = "curation-test-agreement-";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Curator curator;

	@BeforeEach
	void newCurator() {
		this.curator = Curator.create(this.mvc);
	}

	@AfterEach
	void removeTestData() {
		this.jdbc.sql("delete from meeting where slug like :prefix").param("prefix", PREFIX + "%").update();
		this.jdbc.sql("delete from agreement where slug like :prefix").param("prefix", PREFIX + "%").update();
	}

	@Test
	void anonymousWritesAreRefusedWith401() {
		String uri = "/api/v1/agreements/przewalski-horse-memorandum-2023";
		assertThat(this.mvc.post()
			.uri("/api/v1/agreements")
			.contentType(MediaType.APPLICATION_JSON)
			.content(agreement(PREFIX + "anonymous"))).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.patch().uri(uri).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.delete().uri(uri)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void curatorCreatesAnAgreementThatAppearsInListsSearchAndTimeline() {
		String slug = PREFIX + "created";
		MvcTestResult created = this.curator.post("/api/v1/agreements", agreement(slug));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/agreements/" + slug);
		assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"v0\"");
		String body = Curator.body(created);
		assertThat((Integer) JsonPath.read(body, "$.version")).isZero();
		List<String> parties = JsonPath.read(body, "$.parties[*].country");
		assertThat(parties).containsExactly("CZ", "KZ");
		List<String> organizations = JsonPath.read(body, "$.parties[*].organization.id");
		assertThat(organizations).containsExactly("ministry-of-foreign-affairs-of-czech-republic",
				"ministry-of-foreign-affairs-of-kazakhstan");
		assertThat((String) JsonPath.read(body, "$.meeting.id")).isEqualTo("lipavsky-nurtleu-talks-astana-2024");
		List<String> signatories = JsonPath.read(body, "$.signatories[*].personId");
		assertThat(signatories).containsExactly("jan-lipavsky", "murat-nurtleu");
		List<String> projects = JsonPath.read(body, "$.projects[*].id");
		assertThat(projects).containsExactly("astana-prague-direct-flights");
		List<String> sources = JsonPath.read(body, "$.sources[*].id");
		assertThat(sources).containsExactly("astana-times-foreign-ministers-2024");
		assertThat(Curator.body(this.mvc.get().uri("/api/v1/agreements/" + slug).exchange())).isEqualTo(body);

		assertThat(ids("/api/v1/agreements?country=kz&signedFrom=2026-05-10&signedTo=2026-05-10"))
			.containsExactly(slug);
		assertThat(ids("/api/v1/search?q=Quillfeather&types=AGREEMENT")).containsExactly(slug);
		assertThat(ids("/api/v1/timeline?types=AGREEMENT&from=2026-05-01&to=2026-05-31")).containsExactly(slug);
		assertThat(ids("/api/v1/projects/astana-prague-direct-flights", "$.agreements[*].id")).containsExactly(slug);
	}

	@Test
	void detailCarriesTheVersionAndIfMatchGuardsEveryChange() {
		String slug = PREFIX + "versions";
		String uri = "/api/v1/agreements/" + slug;
		this.curator.post("/api/v1/agreements", agreement(slug));
		assertThat(this.mvc.get().uri(uri).exchange().getResponse().getHeaders("ETag")).singleElement()
			.asString()
			.matches("\"v0-d\\d+-[0-9a-f]+\"");
		assertThat(this.curator.put(uri, null, agreement(slug))).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(this.curator.patch(uri, null, "{}")).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(this.curator.delete(uri, null)).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		String etag = this.curator.etag(uri);
		assertThat(this.curator.put(uri, etag, agreement(slug).replace("Brno", "Olomouc"))).hasStatusOk();
		// a second change from the same read is refused
		assertThat(this.curator.patch(uri, etag, "{\"signedCity\":\"Ostrava\"}"))
			.hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(this.curator.delete(uri, etag)).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(this.curator.get(uri)).bodyJson().extractingPath("$.signedCity").isEqualTo("Olomouc");
	}

	@Test
	void changingOnlyThePartiesMovesTheVersion() {
		String slug = PREFIX + "parties";
		String uri = "/api/v1/agreements/" + slug;
		this.curator.post("/api/v1/agreements", agreement(slug));
		MvcTestResult result = this.curator.patch(uri, "\"v0\"",
				"{\"parties\":[{\"country\":\"CZ\"},{\"country\":\"KZ\"},{\"country\":\"EU\"}]}");
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("ETag")).isEqualTo("\"v1\"");
		List<String> organizations = JsonPath.read(Curator.body(result), "$.parties[*].organization");
		assertThat(organizations).containsOnlyNulls().hasSize(3);
		assertThat(this.curator.patch(uri, "\"v0\"", "{\"signatories\":[]}")).hasStatus(HttpStatus.PRECONDITION_FAILED);
	}

	@Test
	void patchClearsTheSigningWhenTheAgreementGoesBackToNegotiation() {
		String slug = PREFIX + "unsigned";
		String uri = "/api/v1/agreements/" + slug;
		this.curator.post("/api/v1/agreements", agreement(slug));
		// the date may not stay on an agreement under negotiation
		assertError(this.curator.patch(uri, "\"v0\"", "{\"status\":\"UNDER_NEGOTIATION\"}"),
				HttpStatus.UNPROCESSABLE_CONTENT, "signedOn");
		MvcTestResult result = this.curator.patch(uri, "\"v0\"",
				"{\"status\":\"UNDER_NEGOTIATION\",\"signedOn\":null,\"signedPrecision\":null}");
		assertThat(result).hasStatusOk();
		String body = Curator.body(result);
		assertThat((Object) JsonPath.read(body, "$.signedOn")).isNull();
		assertThat((String) JsonPath.read(body, "$.signedCity")).isEqualTo("Brno");
		List<String> signatories = JsonPath.read(body, "$.signatories[*].personId");
		assertThat(signatories).containsExactly("jan-lipavsky", "murat-nurtleu");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{\"status\": \"PROPOSED\"} | 422 | signedOn",
			"{\"signedPrecision\": null} | 422 | signedPrecision", "{\"signedOn\": null} | 422 | signedOn",
			"{\"signedPrecision\": \"QUARTER\"} | 422 | signedPrecision",
			"{\"signedOn\": \"2026-05-15\"} | 422 | signedOn",
			"{\"signedOn\": \"2026-05-01\", \"signedPrecision\": \"YEAR\"} | 422 | signedOn",
			"{\"signedCountry\": \"QQ\"} | 422 | signedCountry", "{\"meeting\": \"no-such-meeting\"} | 422 | meeting",
			"{\"parties\": [{\"country\": \"KZ\"}]} | 400 | parties", "{\"parties\": null} | 400 | parties",
			"{\"parties\": [{\"country\": \"KZ\"}, {\"country\": \"QQ\"}]} | 422 | parties[1].country",
			"{\"parties\": [{\"country\": \"KZ\"}, {\"country\": \"KZ\"}]} | 422 | parties[1]",
			"{\"parties\": [{\"country\": \"CZ\"}, {\"country\": \"KZ\", \"organization\": \"ministry-of-foreign-affairs-of-czech-republic\"}]} | 422 | parties[1].organization",
			"{\"parties\": [{\"country\": \"CZ\"}, {\"country\": \"KZ\", \"organization\": \"globsec\"}]} | 422 | parties[1].organization",
			"{\"parties\": [{\"country\": \"CZ\"}, {\"country\": \"KZ\", \"organization\": \"no-such-ministry\"}]} | 422 | parties[1].organization",
			"{\"signatories\": [\"jan-lipavsky\", \"nobody-at-all\"]} | 422 | signatories",
			"{\"projects\": [\"no-such-project\"]} | 422 | projects",
			"{\"sources\": [\"no-such-source\"]} | 422 | sources", "{\"sources\": []} | 400 | sources",
			"{\"slug\": \"-bad\"} | 400 | slug", "{\"kind\": null} | 400 | kind",
			"{\"status\": \"RATIFIED\"} | 400 | status", "{\"signedOn\": \"soon\"} | 400 | signedOn" })
	void rejectsEachBrokenRuleNamingTheField(String change, int status, String field) {
		ObjectNode body = (ObjectNode) JSON.readTree(agreement(PREFIX + "invalid"));
		JSON.readTree(change).properties().forEach((member) -> body.set(member.getKey(), member.getValue()));
		assertError(this.curator.post("/api/v1/agreements", body.toString()), HttpStatus.valueOf(status), field);
		assertThat(this.mvc.get().uri("/api/v1/agreements/" + PREFIX + "invalid")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@Transactional
	void everySeededAgreementCanBeSavedAsItStands() {
		// an empty merge patch re-checks every rule on the stored state (rolled back
		// after)
		List<String> seeded = JsonPath.read(Curator.body(this.mvc.get().uri("/api/v1/agreements?size=200").exchange()),
				"$.items[*].id");
		assertThat(seeded).isNotEmpty();
		for (String id : seeded) {
			String uri = "/api/v1/agreements/" + id;
			assertThat(this.curator.patch(uri, this.curator.etag(uri), "{}")).as(id).hasStatusOk();
		}
	}

	@Test
	void duplicateSlugIs409() {
		assertError(this.curator.post("/api/v1/agreements", agreement("przewalski-horse-memorandum-2023")),
				HttpStatus.CONFLICT, "slug");
	}

	@Test
	void historyRecordsEveryChangeWithTheCuratorAndAsOfShowsTheEarlierState() {
		String slug = PREFIX + "history";
		String uri = "/api/v1/agreements/" + slug;
		this.curator.post("/api/v1/agreements", agreement(slug));
		assertThat(this.curator.patch(uri, "\"v0\"", "{\"status\":\"IN_FORCE\"}")).hasStatusOk();
		String history = Curator.body(this.mvc.get().uri(uri + "/history").exchange());
		List<String> actions = JsonPath.read(history, "$.entries[*].action");
		assertThat(actions).containsExactly("INSERT", "UPDATE");
		List<String> actors = JsonPath.read(history, "$.entries[*].actor");
		assertThat(actors).allSatisfy((actor) -> assertThat(actor).startsWith("test curator (key "));
		String created = JsonPath.read(history, "$.entries[0].changedAt");
		assertThat(this.mvc.get().uri(uri + "?asOf=" + Instant.parse(created))).bodyJson()
			.extractingPath("$.state.status")
			.isEqualTo("SIGNED");
		assertThat(this.mvc.get().uri(uri)).bodyJson().extractingPath("$.status").isEqualTo("IN_FORCE");
	}

	@Test
	void deleteAnswers204ThenTheAgreementIsGoneButItsHistoryStays() {
		String slug = PREFIX + "deleted";
		String uri = "/api/v1/agreements/" + slug;
		this.curator.post("/api/v1/agreements", agreement(slug));
		assertThat(this.curator.delete(uri, "\"v0\"")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri(uri)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(ids("/api/v1/projects/astana-prague-direct-flights", "$.agreements[*].id")).isEmpty();
		MvcTestResult history = this.mvc.get().uri(uri + "/history").exchange();
		assertThat(history).bodyJson().extractingPath("$.deleted").isEqualTo(true);
		List<String> actions = JsonPath.read(Curator.body(history), "$.entries[*].action");
		assertThat(actions).containsExactly("INSERT", "DELETE");
	}

	@Test
	void deletingTheMeetingWhereItWasSignedClearsTheReferenceAndMovesTheVersion() {
		String meeting = PREFIX + "meeting";
		String slug = PREFIX + "signed-at-meeting";
		assertThat(this.curator.post("/api/v1/meetings", meeting(meeting, null))).hasStatus(HttpStatus.CREATED);
		ObjectNode body = (ObjectNode) JSON.readTree(agreement(slug));
		body.put("meeting", meeting);
		assertThat(this.curator.post("/api/v1/agreements", body.toString())).hasStatus(HttpStatus.CREATED);
		assertThat(this.curator.delete("/api/v1/meetings/" + meeting, "\"v0\"")).hasStatus(HttpStatus.NO_CONTENT);
		MvcTestResult after = this.curator.get("/api/v1/agreements/" + slug);
		assertThat(after).bodyJson().extractingPath("$.meeting").isNull();
		assertThat(after).bodyJson().extractingPath("$.version").isEqualTo(1);
		List<String> actions = JsonPath.read(
				Curator.body(this.mvc.get().uri("/api/v1/agreements/" + slug + "/history").exchange()),
				"$.entries[*].action");
		assertThat(actions).containsExactly("INSERT", "UPDATE");
	}

	@Test
	void deletingAnAgreementAnOutcomeMentionsKeepsTheOutcomeWithoutTheLink() {
		String slug = PREFIX + "mentioned";
		String meeting = PREFIX + "mentioning-meeting";
		this.curator.post("/api/v1/agreements", agreement(slug));
		assertThat(this.curator.post("/api/v1/meetings", meeting(meeting, """
				{"kind": "STATEMENT", "description": "The sides welcomed the memorandum.", "agreement": "%s"}
				""".formatted(slug)))).hasStatus(HttpStatus.CREATED);
		assertThat(this.curator.delete("/api/v1/agreements/" + slug, "\"v0\"")).hasStatus(HttpStatus.NO_CONTENT);
		MvcTestResult after = this.curator.get("/api/v1/meetings/" + meeting);
		assertThat(after).bodyJson()
			.extractingPath("$.outcomes[0].description")
			.isEqualTo("The sides welcomed the memorandum.");
		assertThat(after).bodyJson().extractingPath("$.outcomes[0].agreement").isNull();
		assertThat(after).bodyJson().extractingPath("$.version").isEqualTo(1);
	}

	@Test
	void anAgreementRecordedAsSignedAtAMeetingCannotBeDeletedUntilThatOutcomeChanges() {
		String slug = PREFIX + "signed-outcome";
		String meeting = PREFIX + "signing-meeting";
		this.curator.post("/api/v1/agreements", agreement(slug));
		this.curator.post("/api/v1/meetings", meeting(meeting, """
				{"kind": "AGREEMENT_SIGNED", "description": "The memorandum was signed.", "agreement": "%s"}
				""".formatted(slug)));
		MvcTestResult refused = this.curator.delete("/api/v1/agreements/" + slug, "\"v0\"");
		assertThat(refused).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains(meeting);
		assertThat(this.mvc.get().uri("/api/v1/agreements/" + slug)).hasStatusOk();
		assertThat(this.curator.patch("/api/v1/meetings/" + meeting, "\"v0\"", "{\"outcomes\":[]}")).hasStatusOk();
		assertThat(this.curator.delete("/api/v1/agreements/" + slug, "\"v0\"")).hasStatus(HttpStatus.NO_CONTENT);
	}

	private static String agreement(String slug) {
		return """
				{"slug": "%s", "title": "Quillfeather memorandum on air links", "kind": "MEMORANDUM",
				 "status": "SIGNED", "signedOn": "2026-05-01", "signedPrecision": "MONTH", "signedCity": "Brno",
				 "signedCountry": "cz", "meeting": "lipavsky-nurtleu-talks-astana-2024",
				 "summary": "More flights between the capitals.",
				 "parties": [{"country": "kz", "organization": "ministry-of-foreign-affairs-of-kazakhstan"},
				             {"country": "CZ", "organization": "ministry-of-foreign-affairs-of-czech-republic"}],
				 "signatories": ["murat-nurtleu", "jan-lipavsky"],
				 "projects": ["astana-prague-direct-flights"],
				 "sources": ["astana-times-foreign-ministers-2024"]}
				""".formatted(slug);
	}

	private static String meeting(String slug, String outcome) {
		return """
				{"slug": "%s", "title": "Signing talks", "kind": "TALKS", "status": "HELD",
				 "startDate": "2026-05-01", "datePrecision": "MONTH", "outcomes": [%s],
				 "sources": ["astana-times-foreign-ministers-2024"]}
				""".formatted(slug, (outcome != null) ? outcome : "");
	}

	private List<String> ids(String uri) {
		return ids(uri, "$.items[*].id");
	}

	private List<String> ids(String uri, String path) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		List<String> all = JsonPath.read(Curator.body(result), path);
		return all.stream().filter((id) -> id.startsWith(PREFIX)).toList();
	}

	private static void assertError(MvcTestResult result, HttpStatus status, String field) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		List<String> fields = JsonPath.read(Curator.body(result), "$.errors[*].name");
		assertThat(fields).as(Curator.body(result)).contains(field);
	}

}
