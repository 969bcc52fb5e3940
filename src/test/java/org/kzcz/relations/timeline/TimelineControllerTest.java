package org.kzcz.relations.timeline;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TimelineControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Test
	void mixesEveryKindOfEventNewestFirst() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/timeline?size=200").exchange();
		assertThat(result).hasStatusOk();
		String body = result.getResponse().getContentAsString();
		List<String> types = JsonPath.read(body, "$.items[*].type");
		assertThat(types).contains("MEETING", "AGREEMENT", "MILESTONE", "POST", "DIPLOMATIC_RELATION");
		List<String> dates = JsonPath.read(body, "$.items[*].date");
		assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void itemsCarryTheirResourceLinkCountriesAndSources() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/timeline?types=MEETING&size=200").exchange();
		assertThat(result).bodyJson()
			.extractingPath("$.items[?(@.id == 'lipavsky-nurtleu-talks-astana-2024')].self")
			.asArray()
			.containsExactly("/api/v1/meetings/lipavsky-nurtleu-talks-astana-2024");
		assertThat(result).bodyJson()
			.extractingPath("$.items[?(@.id == 'lipavsky-nurtleu-talks-astana-2024')].countries")
			.asArray()
			.singleElement()
			.satisfies((countries) -> assertThat((List<Object>) countries).contains("CZ", "KZ"));
		assertThat(result).bodyJson()
			.extractingPath("$.items[?(@.id == 'lipavsky-nurtleu-talks-astana-2024')].sources[*].id")
			.asArray()
			.contains("astana-times-foreign-ministers-2024");
	}

	@Test
	void restrictsToTheRequestedTypes() throws Exception {
		List<String> types = JsonPath.read(this.mvc.get()
			.uri("/api/v1/timeline?types=agreement,MILESTONE&size=200")
			.exchange()
			.getResponse()
			.getContentAsString(), "$.items[*].type");
		assertThat(types).contains("AGREEMENT", "MILESTONE").containsOnly("AGREEMENT", "MILESTONE");
	}

	@Test
	void listsOnlySignedAgreements() throws Exception {
		List<String> ids = JsonPath.read(this.mvc.get()
			.uri("/api/v1/timeline?types=AGREEMENT&size=200")
			.exchange()
			.getResponse()
			.getContentAsString(), "$.items[*].id");
		assertThat(ids).contains("kz-cz-foreign-ministries-mou-2024")
			.doesNotContain("eu-kz-visa-facilitation-agreement");
	}

	@Test
	void filtersByCountryAndDateRange() throws Exception {
		String body = this.mvc.get()
			.uri("/api/v1/timeline?country=cz&from=2024-01-01&to=2024-12-31&size=200")
			.exchange()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(body, "$.items[*].id");
		assertThat(ids).contains("lipavsky-nurtleu-talks-astana-2024", "spotak-receives-dyussenbayev-pilsen-2024");
		List<String> dates = JsonPath.read(body, "$.items[*].date");
		assertThat(dates).allSatisfy((date) -> assertThat(date).startsWith("2024-"));
		List<List<String>> countries = JsonPath.read(body, "$.items[*].countries");
		assertThat(countries).allSatisfy((codes) -> assertThat(codes).contains("CZ"));
	}

	@Test
	void countsAMonthPrecisionEventAsInsideARangeThatStartsMidMonth() throws Exception {
		// the first horses arrived in June 2024, known to the month
		List<String> ids = JsonPath.read(this.mvc.get()
			.uri("/api/v1/timeline?types=MILESTONE&from=2024-06-15&to=2024-06-20")
			.exchange()
			.getResponse()
			.getContentAsString(), "$.items[*].id");
		assertThat(ids).contains("przewalski-horse-reintroduction");
	}

	@Test
	void pagesWithLinks() throws Exception {
		List<String> all = JsonPath.read(
				this.mvc.get().uri("/api/v1/timeline?size=200").exchange().getResponse().getContentAsString(),
				"$.items[*].title");
		MvcTestResult second = this.mvc.get().uri("/api/v1/timeline?size=3&page=1").exchange();
		assertThat((List<String>) JsonPath.read(second.getResponse().getContentAsString(), "$.items[*].title"))
			.isEqualTo(all.subList(3, 6));
		assertThat(second).bodyJson().extractingPath("$.links.prev").isEqualTo("/api/v1/timeline?page=0&size=3");
	}

	@Test
	void runsOneDataStatement() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/timeline?country=KZ&from=2000-01-01&to=2030-01-01&size=200"))
			.hasStatusOk();
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void rejectsUnknownTypesNamingTheParameter() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/timeline?types=MEETING,BIRTHDAY").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo("types");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("BIRTHDAY");
	}

	@Test
	void rejectsFromAfterToAndBadDates() {
		assertThat(this.mvc.get().uri("/api/v1/timeline?from=2024-02-01&to=2024-01-01"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("from");
		assertThat(this.mvc.get().uri("/api/v1/timeline?to=yesterday")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("to");
		assertThat(this.mvc.get().uri("/api/v1/timeline?size=201")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("size");
	}

}
