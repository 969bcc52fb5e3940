package org.kzcz.relations.organizations;

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
class OrganizationControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Test
	void filtersByCountryAndKindInAnyCase() throws Exception {
		List<String> companies = ids("/api/v1/organizations?country=cz&kind=COMPANY&size=200");
		assertThat(companies).contains("skoda-transportation").doesNotContain("prague-zoo", "pilsen-region");
		List<String> kazakh = ids("/api/v1/organizations?country=KZ&size=200");
		assertThat(kazakh).contains("ministry-of-foreign-affairs-of-kazakhstan").doesNotContain("prague-zoo");
	}

	@Test
	void searchesNameAndDescriptionIgnoringDiacritics() throws Exception {
		assertThat(ids("/api/v1/organizations?q=Skoda")).contains("skoda-transportation");
	}

	@Test
	void listsItemsWithKindParentSelfAndSources() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/organizations?q=embassy Kazakhstan Czech&kind=EMBASSY")
			.exchange();
		assertThat(result).bodyJson()
			.extractingPath("$.items[0].id")
			.isEqualTo("embassy-of-kazakhstan-in-czech-republic");
		assertThat(result).bodyJson()
			.extractingPath("$.items[0].self")
			.isEqualTo("/api/v1/organizations/embassy-of-kazakhstan-in-czech-republic");
		assertThat(result).bodyJson().extractingPath("$.items[0].kind").isEqualTo("EMBASSY");
		assertThat(result).bodyJson().extractingPath("$.items[0].sources").asArray().isNotNull();
	}

	@Test
	void sortsByIdBothWaysAndPages() throws Exception {
		List<String> ascending = ids("/api/v1/organizations?sort=id&size=200");
		assertThat(ascending).hasSizeGreaterThan(5);
		assertThat(ids("/api/v1/organizations?sort=-id&size=200")).isEqualTo(ascending.reversed());
		MvcTestResult second = this.mvc.get().uri("/api/v1/organizations?sort=id&size=3&page=1").exchange();
		assertThat(ids(second)).isEqualTo(ascending.subList(3, 6));
		assertThat(second).bodyJson()
			.extractingPath("$.links.next")
			.isEqualTo("/api/v1/organizations?page=2&size=3&sort=id");
		assertThat(ids("/api/v1/organizations?size=200")).isEqualTo(ids("/api/v1/organizations?size=200&sort=name"));
	}

	@Test
	void showsEngagementsPeopleProjectsAndMeetings() {
		MvcTestResult zoo = this.mvc.get().uri("/api/v1/organizations/prague-zoo").exchange();
		assertThat(zoo).hasStatusOk();
		assertThat(zoo).bodyJson().extractingPath("$.kind").isEqualTo("ZOO");
		assertThat(zoo).bodyJson().extractingPath("$.people[*].id").asArray().contains("miroslav-bobek");
		assertThat(zoo).bodyJson()
			.extractingPath("$.projects[*].id")
			.asArray()
			.contains("przewalski-horse-reintroduction");
		MvcTestResult skoda = this.mvc.get().uri("/api/v1/organizations/skoda-transportation").exchange();
		assertThat(skoda).bodyJson().extractingPath("$.engagements[*].country").asArray().contains("KZ");
		assertThat(skoda).bodyJson()
			.extractingPath("$.meetings[*].id")
			.asArray()
			.contains("dyussenbayev-visits-skoda-transportation-2024");
	}

	@Test
	void showsParentAndParts() {
		assertThat(this.mvc.get().uri("/api/v1/organizations/unodc")).bodyJson()
			.extractingPath("$.parent.self")
			.isEqualTo("/api/v1/organizations/united-nations");
		assertThat(this.mvc.get().uri("/api/v1/organizations/united-nations")).bodyJson()
			.extractingPath("$.parts[*].id")
			.asArray()
			.contains("unodc", "unama");
	}

	@Test
	void findsCzechCompaniesActiveInKazakhstan() throws Exception {
		List<String> ids = ids("/api/v1/organizations?country=CZ&kind=COMPANY&activeIn=kz&size=200");
		assertThat(ids).contains("skoda-auto", "home-credit-bank", "omnipol").doesNotContain("scat-airlines");
		assertThat(ids("/api/v1/organizations?activeIn=CZ&size=200")).containsExactly("scat-airlines");
	}

	@Test
	void detailRunsAFixedNumberOfStatements() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/organizations/prague-zoo")).hasStatusOk();
		// the organization with every list built as JSON by PostgreSQL
		assertThat(this.statements.count()).isEqualTo(1);
		// in autocommit: no BEGIN/COMMIT round trip
		assertThat(this.statements.transactions()).isZero();
	}

	@Test
	void listRunsOneDataStatement() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/organizations?country=CZ&kind=COMPANY&activeIn=KZ&q=transport&size=200"))
			.hasStatusOk();
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void returns404ForUnknownOrganization() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/organizations/no-such-body").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void rejectsUnknownKindSortAndOversizedPages() {
		assertThat(this.mvc.get().uri("/api/v1/organizations?kind=GUILD")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("kind");
		assertThat(this.mvc.get().uri("/api/v1/organizations?sort=founded")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("sort");
		assertThat(this.mvc.get().uri("/api/v1/organizations?size=201")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("size");
		assertThat(this.mvc.get().uri("/api/v1/organizations?country=Czechia")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("country");
		assertThat(this.mvc.get().uri("/api/v1/organizations?activeIn=1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("activeIn");
	}

	private List<String> ids(String uri) throws Exception {
		return ids(this.mvc.get().uri(uri).exchange());
	}

	private static List<String> ids(MvcTestResult result) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].id");
	}

}
