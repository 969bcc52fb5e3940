package org.kzcz.relations.common.facts;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists' full-text filters read q as the search does: repeats dropped, bounded.
 */
@IntegrationTest
class SearchTermsListFiltersTest {

	private static final List<String> LISTS = List.of("/api/v1/meetings", "/api/v1/officials", "/api/v1/organizations",
			"/api/v1/sources");

	@Autowired
	MockMvcTester mvc;

	@Test
	void listFiltersRejectQueriesPastTheLimitsNamingQ() {
		String words = IntStream.rangeClosed(1, 17).mapToObj((i) -> "w" + i).collect(Collectors.joining(" "));
		for (String list : LISTS) {
			for (String q : List.of("x".repeat(257), words, "\"" + words + "\"")) {
				MvcTestResult result = this.mvc.get().uri(list + "?q={q}", q).exchange();
				assertThat(result).as(list).hasStatus(HttpStatus.BAD_REQUEST);
				assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
				assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo("q");
			}
		}
	}

	@Test
	void repeatedSearchTermsCostNoMoreThanOneInListFilters() throws Exception {
		for (String list : LISTS) {
			String once = body(this.mvc.get().uri(list + "?q=Kazakhstan&size=200").exchange());
			String repeated = body(
					this.mvc.get().uri(list + "?q={q}&size=200", "Kazakhstan kazakhstan ".repeat(11)).exchange());
			assertThat(JsonPath.<List<Object>>read(repeated, "$.items")).as(list)
				.isEqualTo(JsonPath.read(once, "$.items"));
		}
	}

	private static String body(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

}
