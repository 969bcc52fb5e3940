package org.kzcz.relations.common.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kzcz.relations.common.problems.ProblemTypes;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page and size arrive as one {@link PageParameters} object, yet each is read as a query
 * parameter of its own: a value that is no integer is an invalid parameter naming it, as
 * for any other query parameter, never the invalid body Spring's data binding would
 * report.
 */
@IntegrationTest
class PageParametersTest {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@CsvSource({ "page=abc, page, 'abc'", "size=1.5, size, '1.5'" })
	void aPagingValueThatIsNoIntegerIsAnInvalidParameterNamingIt(String query, String parameter, String value) {
		MvcTestResult result = this.mvc.get().uri("/api/v1/sources?" + query).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(ProblemTypes.INVALID_PARAMETER.toString());
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo(parameter);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("'" + value + "' is not an integer");
	}

	@Test
	void pageAndSizeChooseThePageAndItsLinksKeepTheFilters() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/sources?kind=INTERVIEW&page=1&size=1").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.page.number").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.page.size").isEqualTo(1);
		assertThat(result).bodyJson()
			.extractingPath("$.links.first")
			.isEqualTo("/api/v1/sources?kind=INTERVIEW&page=0&size=1");
	}

}
