package org.kzcz.relations.history;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.history.RecordShape.Field;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History entries and snapshots show a resource the way the resource itself does: its
 * field names, its public ids and slugs, its number and date formats; never the stored
 * row's columns or internal ids.
 */
@IntegrationTest
class HistoryStateTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PRECISE = "123456789012345.123456"; // 21 significant
																	// digits: a double
																	// keeps 17

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void deleteTestFigures() {
		this.jdbc.sql("delete from trade_figure where note like 'test:%'").update();
	}

	@Test
	void theLatestHistoryStateOfEachKindOfResourceShowsWhatItsDetailShows() {
		Map<String, String> details = Map.of("sources", slug("source", "published_on is not null"), "organizations",
				slug("organization", "parent_id is not null"), "officials", slug("person", "country_code is not null"),
				"meetings", slug("meeting", "country_code is not null"), "agreements",
				slug("agreement", "meeting_id is not null"), "projects",
				slug("project", "lead_organization_id is not null"), "claims", slug("claim", "occurred_on is not null"),
				"trade-figures",
				this.jdbc.sql("select min(id)::text from trade_figure where reporter_agency_id is not null")
					.query(String.class)
					.single());
		details.forEach((collection, id) -> {
			String uri = "/api/v1/" + collection + "/" + id;
			JsonNode detail = read(uri);
			JsonNode entries = read(uri + "/history").path("entries");
			assertShowsAsDetail(collection, entries.get(entries.size() - 1).path("state"), detail);
		});
	}

	@Test
	void aPostsHistoryShowsThePostAsTheOfficialsDetailDoes() {
		String official = slug("person", "id in (select person_id from post_held where organization_id is not null)");
		JsonNode detail = read("/api/v1/officials/" + official);
		for (JsonNode post : detail.path("posts")) {
			if (post.path("organization").isObject()) {
				JsonNode entries = read(post.path("self").asString() + "/history").path("entries");
				assertShowsAsDetail("post", entries.get(entries.size() - 1).path("state"), post);
				return;
			}
		}
		throw new AssertionError("No post with an organization in " + detail);
	}

	@Test
	void aPreciseValueKeepsEveryDigitInHistoryAndAsOfAsInTheFiguresOwnAnswer() {
		Curator curator = Curator.create(this.mvc);
		String location = curator.post("/api/v1/trade-figures", """
				{"reporter":"KZ","reporterAgency":"state-revenue-committee-of-kazakhstan","country":"KZ",
				 "partner":"CZ","indicator":"FDI_INFLOW","periodKind":"YEAR","periodStart":"2032-01-01",
				 "periodEnd":"2032-12-31","value":%s,"currency":"USD","scale":"UNIT",
				 "note":"test: written by HistoryStateTest","sources":[{"source":"dyussenbayev-interview-2025"}]}
				""".formatted(PRECISE)).getResponse().getHeader("Location");
		assertThat(location).isNotNull();
		String detail = Curator.body(this.mvc.get().uri(location).exchange());
		String history = Curator.body(this.mvc.get().uri(location + "/history").exchange());
		String snapshot = Curator
			.body(this.mvc.get().uri(location + "?asOf={t}", Instant.now().plusSeconds(1).toString()).exchange());
		assertThat(detail).contains("\"value\":" + PRECISE);
		assertThat(history).contains("\"value\":" + PRECISE).doesNotContain("E+").doesNotContain("E14");
		assertThat(snapshot).contains("\"value\":" + PRECISE);
		String state = JsonPath.read(snapshot, "$.state.reporterAgency");
		assertThat(state).isEqualTo("state-revenue-committee-of-kazakhstan");
		assertThat(JsonPath.<String>read(snapshot, "$.state.periodStart")).isEqualTo("2032-01-01");
	}

	@Test
	void statesNameNoStoredColumnAndNoInternalId() {
		String meeting = slug("meeting", "true");
		String history = Curator.body(this.mvc.get().uri("/api/v1/meetings/" + meeting + "/history").exchange());
		Map<String, Object> state = JsonPath.read(history, "$.entries[0].state");
		assertThat(state.keySet()).allSatisfy((key) -> assertThat(key).doesNotContain("_"))
			.doesNotContain("slug", "createdAt", "updatedAt");
		assertThat(state.get("id")).isEqualTo(meeting);
	}

	@Test
	void everyStoredColumnIsEitherShownOrDeliberatelyHidden() {
		RecordShape.byTable().forEach((table, shape) -> {
			Set<String> columns = new HashSet<>(this.jdbc
				.sql("select column_name from information_schema.columns where table_name = :table "
						+ "and column_name <> 'search_vector'")
				.param("table", table)
				.query(String.class)
				.list());
			Set<String> known = new HashSet<>(shape.hidden());
			shape.fields().stream().map(Field::column).forEach(known::add);
			assertThat(known).as(table).isEqualTo(columns);
		});
	}

	@Test
	void theDocumentDescribesEachStateWithItsFieldsAndExactNumbers() {
		String doc = Curator.body(this.mvc.get().uri("/v3/api-docs").exchange());
		assertThat(JsonPath.<String>read(doc, "$.components.schemas.TradeFigureState.properties.value.type"))
			.isEqualTo("number");
		assertThat(JsonPath.<String>read(doc, "$.components.schemas.MeetingState.properties.startDate.format"))
			.isEqualTo("date");
		List<String> states = JsonPath.read(doc, "$.components.schemas.HistoryEntry.properties.state.anyOf[*].$ref");
		assertThat(states).contains("#/components/schemas/MeetingState", "#/components/schemas/TradeFigureState");
		List<String> snapshots = JsonPath.read(doc, "$.components.schemas.Snapshot.properties.state.anyOf[*].$ref");
		assertThat(snapshots).isEqualTo(states);
		assertThat(JsonPath.<String>read(doc, "$.components.schemas.OfficialPostHistoryEntry.properties.state.$ref"))
			.isEqualTo("#/components/schemas/OfficialPostState");
	}

	/**
	 * Each field of the state is a field of the detail with the same value; a reference
	 * is the slug the detail's object names.
	 */
	private static void assertShowsAsDetail(String what, JsonNode state, JsonNode detail) {
		assertThat(state.isObject()).as(what).isTrue();
		assertThat(state.size()).as(what).isGreaterThan(3);
		for (Map.Entry<String, JsonNode> field : state.properties()) {
			JsonNode shown = detail.path(field.getKey());
			assertThat(shown.isMissingNode()).as(what + " shows " + field.getKey()).isFalse();
			if (shown.isObject()) {
				shown = shown.path("id");
			}
			assertThat(field.getValue()).as(what + "." + field.getKey()).isEqualTo(shown);
		}
	}

	private String slug(String table, String condition) {
		return this.jdbc.sql("select min(slug) from " + table + " where " + condition).query(String.class).single();
	}

	private JsonNode read(String uri) {
		var result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatus(HttpStatus.OK);
		return JSON.readTree(Curator.body(result));
	}

}
