package org.kzcz.relations.projects;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProjectControllerTest {

	private static final String HORSES = "przewalski-horse-reintroduction";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Test
	void listsProjectsByNameWithLeadCountriesAndSources() {
		List<String> ids = ids("/api/v1/projects");
		assertThat(ids).contains(HORSES, "astana-prague-direct-flights", "middle-corridor-titr");
		List<String> names = read("/api/v1/projects", "$.items[*].name");
		assertThat(names.get(0)).isEqualTo(read("/api/v1/projects?sort=name", "$.items[0].name"));
		String horses = "$.items[?(@.id == '" + HORSES + "')]";
		List<String> lead = read("/api/v1/projects", horses + ".leadOrganization.id");
		assertThat(lead).containsExactly("prague-zoo");
		List<List<String>> countries = read("/api/v1/projects", horses + ".countries");
		assertThat(countries.get(0)).contains("CZ", "KZ");
	}

	@Test
	void filtersByCountryInAnyCaseAndByStatus() {
		List<List<String>> countries = read("/api/v1/projects?country=cz", "$.items[*].countries");
		assertThat(countries).isNotEmpty().allSatisfy((codes) -> assertThat(codes).contains("CZ"));
		assertThat(ids("/api/v1/projects?country=CZ")).isEqualTo(ids("/api/v1/projects?country=cz")).contains(HORSES);
		List<String> statuses = read("/api/v1/projects?status=ACTIVE", "$.items[*].status");
		assertThat(statuses).isNotEmpty().containsOnly("ACTIVE");
	}

	@Test
	void sortsByStartDateWithUnknownStartsLast() {
		List<String> started = read("/api/v1/projects?sort=-startedOn", "$.items[*].startedOn");
		assertThat(started.get(0)).isNotNull();
		assertThat(started.indexOf(null)).isNotZero();
		assertThat(started.subList(started.indexOf(null) < 0 ? started.size() : started.indexOf(null), started.size()))
			.containsOnlyNulls();
	}

	@Test
	void pagesCarryTotalsAndLinks() {
		int total = ids("/api/v1/projects?size=200").size();
		MvcTestResult result = this.mvc.get().uri("/api/v1/projects?size=1&page=1").exchange();
		assertThat(result).bodyJson().extractingPath("$.page.totalElements").isEqualTo(total);
		assertThat(result).bodyJson().extractingPath("$.links.prev").isEqualTo("/api/v1/projects?page=0&size=1");
		assertThat(ids("/api/v1/projects?size=1&page=1")).isEqualTo(ids("/api/v1/projects?size=200").subList(1, 2));
	}

	@ParameterizedTest
	@CsvSource({ "status=DONE, status", "size=0, size", "size=201, size", "sort=budget, sort", "sort=name;drop, sort",
			"country=K, country" })
	void rejectsInvalidParametersNamingThem(String query, String parameter) {
		MvcTestResult result = this.mvc.get().uri("/api/v1/projects?" + query).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo(parameter);
	}

	@Test
	void returns404ForUnknownProject() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/projects/no-such-project").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-found");
	}

	@Test
	void tellsEverythingAboutThePrzewalskiHorseProject() {
		String body = body("/api/v1/projects/" + HORSES);
		assertThat((String) JsonPath.read(body, "$.leadOrganization.id")).isEqualTo("prague-zoo");
		List<String> partners = JsonPath.read(body, "$.partners[*].id");
		assertThat(partners).contains("prague-zoo", "altyn-dala-state-natural-reserve");
		List<String> milestoneDates = JsonPath.read(body, "$.milestones[*].date");
		assertThat(milestoneDates).hasSizeGreaterThan(1).isSorted();
		List<String> agreements = JsonPath.read(body, "$.agreements[*].id");
		assertThat(agreements).contains("przewalski-horse-memorandum-2023");
		List<String> meetings = JsonPath.read(body, "$.meetings[*].id");
		assertThat(meetings).containsExactly("fiala-visit-kazakhstan-2023", "vassilenko-kozak-talks-prague-2024",
				"lipavsky-nurtleu-talks-astana-2024");
		List<String> countries = JsonPath.read(body, "$.countries");
		assertThat(countries).containsExactly("CZ", "KZ");
		List<String> sources = JsonPath.read(body, "$.sources[*].id");
		assertThat(sources).isNotEmpty();
	}

	@Test
	void reportsTargetProgressRoundedToOneDecimal() {
		String body = body("/api/v1/projects/" + HORSES);
		List<Number> targets = JsonPath.read(body, "$.targets[?(@.unit == 'horses')].target");
		List<Number> achieved = JsonPath.read(body, "$.targets[?(@.unit == 'horses')].achieved");
		List<Number> progress = JsonPath.read(body, "$.targets[?(@.unit == 'horses')].progressPercent");
		assertThat(targets).singleElement().satisfies((n) -> assertThat(n.intValue()).isEqualTo(40));
		assertThat(achieved).singleElement().satisfies((n) -> assertThat(n.intValue()).isEqualTo(7));
		assertThat(progress).singleElement().satisfies((n) -> assertThat(n.doubleValue()).isEqualTo(17.5));
	}

	@Test
	void listRunsOneDataStatementWhateverThePageSize() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/projects?size=200&country=kz")).hasStatusOk();
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void detailRunsAFixedNumberOfStatementsWhateverTheNumberOfMilestones() {
		for (String project : List.of(HORSES, "middle-corridor-titr", "astana-prague-direct-flights")) {
			this.statements.reset();
			assertThat(this.mvc.get().uri("/api/v1/projects/" + project)).hasStatusOk();
			// the project with every list built as JSON by PostgreSQL
			assertThat(this.statements.count()).isEqualTo(1);
			// in autocommit: no BEGIN/COMMIT round trip
			assertThat(this.statements.transactions()).isZero();
		}
	}

	private List<String> ids(String uri) {
		return read(uri, "$.items[*].id");
	}

	private <T> T read(String uri, String path) {
		return JsonPath.read(body(uri), path);
	}

	private String body(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
