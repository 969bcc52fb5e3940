package org.kzcz.relations.sources;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SourceControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Test
	void listsNewestFirstByDefault() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/sources?size=200").exchange();
		List<String> published = JsonPath.read(result.getResponse().getContentAsString(),
				"$.items[?(@.publishedOn)].publishedOn");
		assertThat(published).isNotEmpty().isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(ids(result)).contains("dyussenbayev-interview-2025", "pilsen-region-ambassador-visit-2024",
				"astana-times-foreign-ministers-2024", "kazinform-vassilenko-prague-2024",
				"baimukhan-eu-interview-2022");
	}

	@Test
	void sortsByPublishedOnAscendingAndByTitle() throws Exception {
		List<String> ascending = JsonPath.read(this.mvc.get()
			.uri("/api/v1/sources?sort=publishedOn&size=200")
			.exchange()
			.getResponse()
			.getContentAsString(), "$.items[?(@.publishedOn)].publishedOn");
		assertThat(ascending).isNotEmpty().isSorted();
		List<String> byTitle = ids("/api/v1/sources?sort=title&size=200");
		assertThat(ids("/api/v1/sources?sort=-title&size=200")).isEqualTo(byTitle.reversed());
	}

	@Test
	void pagesWithTotalsAndLinks() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/sources?size=2&page=1&sort=id").exchange();
		assertThat(result).bodyJson().extractingPath("$.items.length()").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.links.prev").isEqualTo("/api/v1/sources?page=0&size=2&sort=id");
	}

	@Test
	void filtersByKind() throws Exception {
		assertThat(ids("/api/v1/sources?kind=INTERVIEW&size=200")).contains("dyussenbayev-interview-2025")
			.doesNotContain("kazinform-vassilenko-prague-2024");
	}

	@Test
	void countsTheFactsCitingEachSource() {
		assertThat(this.mvc.get().uri("/api/v1/sources?q=Dyussenbayev interview")).bodyJson()
			.extractingPath("$.items[?(@.id == 'dyussenbayev-interview-2025')].citations")
			.asArray()
			.singleElement()
			.satisfies((n) -> assertThat(((Number) n).intValue()).isGreaterThan(5));
	}

	@Test
	void listsEveryFactCitingTheSourceGroupedByKind() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/sources/dyussenbayev-interview-2025").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.kind").isEqualTo("INTERVIEW");
		assertThat(result).bodyJson()
			.extractingPath("$.citations.people[*].id")
			.asArray()
			.contains("bakyt-dyussenbayev");
		assertThat(result).bodyJson()
			.extractingPath("$.citations.people[?(@.id == 'bakyt-dyussenbayev')].self")
			.asArray()
			.containsExactly("/api/v1/officials/bakyt-dyussenbayev");
		assertThat(result).bodyJson().extractingPath("$.citations.posts").asArray().isNotEmpty();
		assertThat(result).bodyJson().extractingPath("$.citations.tradeFigures[*].statedText").asArray().isNotEmpty();
		assertThat(result).bodyJson().extractingPath("$.citations.meetings").asArray().isNotNull();
	}

	@Test
	void listsMeetingsAndAgreementsCitingANewsItem() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/sources/astana-times-foreign-ministers-2024").exchange();
		assertThat(result).bodyJson()
			.extractingPath("$.citations.meetings[*].id")
			.asArray()
			.contains("lipavsky-nurtleu-talks-astana-2024");
		assertThat(result).bodyJson()
			.extractingPath("$.citations.meetings[0].self")
			.asString()
			.startsWith("/api/v1/meetings/");
	}

	@Test
	void detailRunsAFixedNumberOfStatements() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/sources/dyussenbayev-interview-2025")).hasStatusOk();
		// the source with its citations built as JSON by PostgreSQL
		assertThat(this.statements.count()).isEqualTo(1);
		// in autocommit: no BEGIN/COMMIT round trip
		assertThat(this.statements.transactions()).isZero();
	}

	@Test
	void listRunsOneDataStatement() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/sources?size=200")).hasStatusOk();
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void returns404ForUnknownSource() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/sources/made-up-2030").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void rejectsUnknownSortKindAndOversizedPages() {
		assertThat(this.mvc.get().uri("/api/v1/sources?sort=author")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("sort");
		assertThat(this.mvc.get().uri("/api/v1/sources?kind=BLOG")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("kind");
		assertThat(this.mvc.get().uri("/api/v1/sources?size=500")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("size");
	}

	private List<String> ids(String uri) throws Exception {
		return ids(this.mvc.get().uri(uri).exchange());
	}

	private static List<String> ids(MvcTestResult result) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].id");
	}

}
