package org.kzcz.relations.organizations;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganizationCurationTest {

	private static final String ENGAGEMENT = "{\"country\":\"de\",\"kind\":\"SUPPLIES\",\"description\":\"Supplies parts\","
			+ "\"sources\":[\"kazinform-vassilenko-prague-2024\"]}";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	String curator;

	@BeforeEach
	void curatorKey() {
		this.curator = TestKeys.curator(this.mvc);
	}

	@Test
	void anonymousWriteIs401() {
		assertThat(this.mvc.post().uri("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.patch()
			.uri("/api/v1/organizations/prague-zoo")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void curatorAddsAnOrganizationFoundInTheListSearchAndUnderItsParent() throws Exception {
		MvcTestResult created = post(organization("test-org-karaganda-foundry", "Karaganda Test Foundry",
				"\"country\":\"kz\",\"parent\":\"ministry-of-foreign-affairs-of-kazakhstan\",\"engagements\":["
						+ ENGAGEMENT + "]"));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created.getResponse().getHeader("Location"))
			.isEqualTo("/api/v1/organizations/test-org-karaganda-foundry");
		assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"v0\"");
		assertThat(created).bodyJson().extractingPath("$.country").isEqualTo("KZ");
		assertThat(created).bodyJson()
			.extractingPath("$.parent.id")
			.isEqualTo("ministry-of-foreign-affairs-of-kazakhstan");
		assertThat(created).bodyJson().extractingPath("$.engagements[0].country").isEqualTo("DE");
		assertThat(created).bodyJson()
			.extractingPath("$.engagements[0].sources[0].id")
			.isEqualTo("kazinform-vassilenko-prague-2024");
		assertThat(created).bodyJson().extractingPath("$.sources[0].id").isEqualTo("dyussenbayev-interview-2025");

		assertThat(ids("/api/v1/organizations?q=Karaganda Foundry")).containsExactly("test-org-karaganda-foundry");
		assertThat(ids("/api/v1/organizations?activeIn=DE&country=KZ")).contains("test-org-karaganda-foundry");
		assertThat(ids("/api/v1/search?q=Karaganda Foundry&types=ORGANIZATION"))
			.containsExactly("test-org-karaganda-foundry");
		assertThat(this.mvc.get().uri("/api/v1/organizations/ministry-of-foreign-affairs-of-kazakhstan")).bodyJson()
			.extractingPath("$.parts[*].id")
			.asArray()
			.contains("test-org-karaganda-foundry");
		MvcTestResult detail = this.mvc.get().uri("/api/v1/organizations/test-org-karaganda-foundry").exchange();
		assertThat(detail).bodyJson().extractingPath("$.version").isEqualTo(0);
		assertThat(detail.getResponse().getHeader("ETag")).startsWith("\"v0-d");
	}

	@Test
	void rejectsEachBrokenRuleNamingTheField() {
		assertField(post(organization("Bad Slug", "x", "")), HttpStatus.BAD_REQUEST, "slug");
		assertField(post("{\"slug\":\"test-org-nosource\",\"name\":\"x\",\"kind\":\"COMPANY\",\"sources\":[]}"),
				HttpStatus.BAD_REQUEST, "sources");
		assertField(post(organization("test-org-x", "x", "\"kind\":\"GUILD\"")), HttpStatus.BAD_REQUEST, "kind");
		assertField(post(organization("test-org-x", "x", "\"country\":\"Czechia\"")), HttpStatus.BAD_REQUEST,
				"country");
		assertField(post(organization("test-org-x", "x", "\"country\":\"QQ\"")), HttpStatus.UNPROCESSABLE_CONTENT,
				"country");
		assertField(post(organization("test-org-x", "x", "\"parent\":\"no-such-parent\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "parent");
		assertField(
				post("{\"slug\":\"test-org-x\",\"name\":\"x\",\"kind\":\"COMPANY\",\"sources\":[\"no-such-source\"]}"),
				HttpStatus.UNPROCESSABLE_CONTENT, "sources");
		assertField(post(organization("test-org-x", "x", "\"engagements\":[" + ENGAGEMENT + "," + ENGAGEMENT + "]")),
				HttpStatus.UNPROCESSABLE_CONTENT, "engagements[1].kind");
		assertField(
				post(organization("test-org-x", "x",
						"\"engagements\":[" + ENGAGEMENT.replace("\"de\"", "\"qq\"") + "]")),
				HttpStatus.UNPROCESSABLE_CONTENT, "engagements[0].country");
		assertField(
				post(organization("test-org-x", "x", "\"engagements\":["
						+ ENGAGEMENT.replace("[\"kazinform-vassilenko-prague-2024\"]", "[]") + "]")),
				HttpStatus.BAD_REQUEST, "engagements[0].sources");
		assertField(post(organization("prague-zoo", "Another zoo", "")), HttpStatus.CONFLICT, "slug");
		assertThat(this.mvc.get().uri("/api/v1/organizations/test-org-x")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesAParentThatIsItselfOrOneOfItsParts() {
		assertThat(post(organization("test-org-top", "Top", ""))).hasStatus(HttpStatus.CREATED);
		assertThat(post(organization("test-org-middle", "Middle", "\"parent\":\"test-org-top\"")))
			.hasStatus(HttpStatus.CREATED);
		assertThat(post(organization("test-org-bottom", "Bottom", "\"parent\":\"test-org-middle\"")))
			.hasStatus(HttpStatus.CREATED);
		assertField(put("test-org-top", "\"v0\"", organization("test-org-top", "Top", "\"parent\":\"test-org-top\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "parent");
		assertField(
				put("test-org-top", "\"v0\"", organization("test-org-top", "Top", "\"parent\":\"test-org-bottom\"")),
				HttpStatus.UNPROCESSABLE_CONTENT, "parent");
		// moving a part elsewhere is fine
		assertThat(put("test-org-bottom", "\"v0\"",
				organization("test-org-bottom", "Bottom", "\"parent\":\"test-org-top\"")))
			.hasStatusOk();
	}

	@Test
	void putReplacesEngagementsKeepingTheOnesThatStay() {
		assertThat(post(organization("test-org-engaged", "Engaged",
				"\"engagements\":[" + ENGAGEMENT + "," + ENGAGEMENT.replace("SUPPLIES", "OPERATES_IN") + "]")))
			.hasStatus(HttpStatus.CREATED);
		long kept = engagementId("test-org-engaged", "SUPPLIES");
		MvcTestResult replaced = put("test-org-engaged", "\"v0\"",
				organization("test-org-engaged", "Engaged",
						"\"engagements\":[" + ENGAGEMENT.replace("Supplies parts", "Supplies wagons") + ","
								+ ENGAGEMENT.replace("SUPPLIES", "TENDERED_IN").replace("\"de\"", "\"kz\"") + "]"));
		assertThat(replaced).hasStatusOk();
		assertThat(replaced).bodyJson()
			.extractingPath("$.engagements[*].kind")
			.asArray()
			.containsExactlyInAnyOrder("SUPPLIES", "TENDERED_IN");
		assertThat(replaced).bodyJson()
			.extractingPath("$.engagements[?(@.kind == 'SUPPLIES')].description")
			.asArray()
			.containsExactly("Supplies wagons");
		assertThat(engagementId("test-org-engaged", "SUPPLIES")).isEqualTo(kept);
		assertThat(replaced.getResponse().getHeader("ETag")).isEqualTo("\"v1\"");
	}

	@Test
	void putNeedsIfMatchAndTheSameIfMatchWorksOnlyOnce() {
		assertThat(post(organization("test-org-if-match", "If match", ""))).hasStatus(HttpStatus.CREATED);
		String body = organization("test-org-if-match", "Renamed", "");
		assertThat(put("test-org-if-match", null, body)).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(put("test-org-if-match", "\"v3\"", body)).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(put("test-org-if-match", "\"v0\"", body)).hasStatusOk();
		assertThat(put("test-org-if-match", "\"v0\"", body)).hasStatus(HttpStatus.PRECONDITION_FAILED);
	}

	@Test
	void patchChangesOnlyTheFieldsSent() {
		assertThat(post(organization("test-org-patch", "Patchable",
				"\"description\":\"Before\",\"engagements\":[" + ENGAGEMENT + "]")))
			.hasStatus(HttpStatus.CREATED);
		MvcTestResult patched = this.mvc.patch()
			.uri("/api/v1/organizations/test-org-patch")
			.header("X-API-Key", this.curator)
			.header("If-Match", "\"v0\"")
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.content("{\"description\":\"After\",\"country\":\"cz\"}")
			.exchange();
		assertThat(patched).hasStatusOk();
		assertThat(patched).bodyJson().extractingPath("$.description").isEqualTo("After");
		assertThat(patched).bodyJson().extractingPath("$.country").isEqualTo("CZ");
		assertThat(patched).bodyJson().extractingPath("$.name").isEqualTo("Patchable");
		assertThat(patched).bodyJson().extractingPath("$.engagements[0].kind").isEqualTo("SUPPLIES");
	}

	@Test
	void historyNamesTheCuratorAndAsOfReturnsTheEarlierState() throws Exception {
		assertThat(post(organization("test-org-history", "First name", ""))).hasStatus(HttpStatus.CREATED);
		Instant beforeUpdate = Instant.now();
		Thread.sleep(20);
		assertThat(put("test-org-history", "\"v0\"", organization("test-org-history", "Second name", "")))
			.hasStatusOk();
		MvcTestResult history = this.mvc.get().uri("/api/v1/organizations/test-org-history/history").exchange();
		assertThat(history).bodyJson()
			.extractingPath("$.entries[*].action")
			.asArray()
			.containsExactly("INSERT", "UPDATE");
		assertThat(history).bodyJson()
			.extractingPath("$.entries[*].actor")
			.asArray()
			.allSatisfy((actor) -> assertThat((String) actor).startsWith("test curator (key "));
		assertThat(this.mvc.get().uri("/api/v1/organizations/test-org-history?asOf={t}", beforeUpdate)).bodyJson()
			.extractingPath("$.state.name")
			.isEqualTo("First name");
	}

	@Test
	void refusesToDeleteAnOrganizationStillReferencedSayingByWhat() {
		String etag = this.mvc.get().uri("/api/v1/organizations/prague-zoo").exchange().getResponse().getHeader("ETag");
		MvcTestResult refused = this.mvc.delete()
			.uri("/api/v1/organizations/prague-zoo")
			.header("X-API-Key", this.curator)
			.header("If-Match", etag)
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.containsPattern("\\d+ posts?")
			.containsPattern("\\d+ projects?");
		assertThat(this.mvc.get().uri("/api/v1/organizations/prague-zoo")).hasStatusOk();
		assertThat(post(organization("test-org-parent-only", "Parent", ""))).hasStatus(HttpStatus.CREATED);
		assertThat(post(organization("test-org-child-only", "Child", "\"parent\":\"test-org-parent-only\"")))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.delete()
			.uri("/api/v1/organizations/test-org-parent-only")
			.header("X-API-Key", this.curator)
			.header("If-Match", "\"v0\"")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("1 part");
	}

	@Test
	void deletesAnUnreferencedOrganizationWithItsEngagementsAndKeepsItsHistory() {
		assertThat(post(organization("test-org-deleted", "Deleted", "\"engagements\":[" + ENGAGEMENT + "]")))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.delete()
			.uri("/api/v1/organizations/test-org-deleted")
			.header("X-API-Key", this.curator)
			.header("If-Match", "\"v0\"")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/v1/organizations/test-org-deleted")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/api/v1/organizations/test-org-deleted/history")).bodyJson()
			.extractingPath("$.entries[*].action")
			.asArray()
			.containsExactly("INSERT", "DELETE");
	}

	@Test
	void documentsTheWriteOperationsWithTheirRequestSchemaAndIfMatch() throws Exception {
		String doc = this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(doc,
				"$.paths['/api/v1/organizations'].post.requestBody.content['application/json'].schema.$ref"))
			.endsWith("/OrganizationRequest");
		assertThat((String) JsonPath.read(doc,
				"$.paths['/api/v1/organizations/{id}'].patch.requestBody.content['application/merge-patch+json'].schema.$ref"))
			.endsWith("/OrganizationRequest");
		for (String method : List.of("put", "patch", "delete")) {
			List<String> headers = JsonPath.read(doc,
					"$.paths['/api/v1/organizations/{id}']." + method + ".parameters[?(@.in == 'header')].name");
			assertThat(headers).as(method).containsExactly("If-Match");
			List<Object> security = JsonPath.read(doc, "$.paths['/api/v1/organizations/{id}']." + method + ".security");
			assertThat(security).as(method).isNotEmpty();
		}
	}

	private long engagementId(String organization, String kind) {
		return this.jdbc.sql("""
				select e.id from organization_engagement e join organization o on o.id = e.organization_id
				where o.slug = :slug and e.kind = :kind
				""").param("slug", organization).param("kind", kind).query(Long.class).single();
	}

	private static String organization(String slug, String name, String more) {
		return "{\"slug\":\"" + slug + "\",\"name\":\"" + name + "\",\"kind\":\"COMPANY\","
				+ "\"sources\":[\"dyussenbayev-interview-2025\"]" + (more.isEmpty() ? "" : "," + more) + "}";
	}

	private MvcTestResult post(String body) {
		return this.mvc.post()
			.uri("/api/v1/organizations")
			.header("X-API-Key", this.curator)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult put(String slug, String ifMatch, String body) {
		var request = this.mvc.put()
			.uri("/api/v1/organizations/" + slug)
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
