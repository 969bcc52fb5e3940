package org.kzcz.relations.countries;

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
class CountryControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Test
	void listsKazakhstanCzechiaAndTheEu() {
		assertThat(this.mvc.get().uri("/api/v1/countries?size=200")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].code")
			.asArray()
			.contains("KZ", "CZ", "EU");
	}

	@Test
	void findsACountryByAlpha3NumericOrLowerCaseCode() {
		assertThat(this.mvc.get().uri("/api/v1/countries/kaz")).bodyJson().extractingPath("$.code").isEqualTo("KZ");
		assertThat(this.mvc.get().uri("/api/v1/countries/203")).bodyJson().extractingPath("$.code").isEqualTo("CZ");
		assertThat(this.mvc.get().uri("/api/v1/countries/eu")).bodyJson().extractingPath("$.kind").isEqualTo("BLOC");
	}

	@Test
	void returns404ProblemForUnknownCountry() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries/XX").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-found");
	}

	@Test
	void rejectsPageSizeOverTheLimitNamingTheParameter() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries?size=201").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo("size");
	}

	@Test
	void rejectsUnknownSortFieldAndUnknownKind() {
		assertThat(this.mvc.get().uri("/api/v1/countries?sort=population")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("sort");
		assertThat(this.mvc.get().uri("/api/v1/countries?kind=EMPIRE")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("kind");
	}

	@Test
	void pagesCarryTotalsAndNeighbourLinks() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries?size=2&page=1&sort=-name").exchange();
		assertThat(result).bodyJson().extractingPath("$.items.length()").isEqualTo(2);
		assertThat(result).bodyJson()
			.extractingPath("$.page.totalElements")
			.asNumber()
			.satisfies((n) -> assertThat(n.intValue()).isGreaterThan(2));
		assertThat(result).bodyJson()
			.extractingPath("$.links.prev")
			.isEqualTo("/api/v1/countries?page=0&size=2&sort=-name");
		assertThat(result).bodyJson()
			.extractingPath("$.links.next")
			.isEqualTo("/api/v1/countries?page=2&size=2&sort=-name");
	}

	@Test
	void answersUnchangedDataWith304WithoutAnyStatement() {
		String etag = this.mvc.get().uri("/api/v1/countries").exchange().getResponse().getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/countries").header("If-None-Match", etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void listRunsOneDataStatementWhateverThePageSize() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/countries?size=200")).hasStatusOk();
		// the page query with its window count
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void detailRunsOneStatementInAutocommit() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/countries/kz")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.currentPosts.ambassadorsFrom")
			.asArray()
			.isNotEmpty();
		// the country with its current post holders built as JSON by PostgreSQL
		assertThat(this.statements.count()).isEqualTo(1);
		assertThat(this.statements.transactions()).isZero();
	}

}
