package org.kzcz.relations.common.paging;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page links carry only the parameters the operation declares: a key sent in the query
 * string, or any parameter the operation does not know, is never echoed into them.
 */
@IntegrationTest
class PageLinkParametersTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aListsLinksKeepItsFiltersButDropAnApiKeyAndUnknownParameters() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/meetings?country=CZ&api_key=kzcz_secret-in-the-url&bogus=%3Cscript%3E&size=1")
			.exchange();
		assertThat(result).hasStatusOk();
		List<String> links = links(result);
		assertThat(links).isNotEmpty()
			.allSatisfy((link) -> assertThat(link).contains("country=CZ")
				.doesNotContain("api_key")
				.doesNotContain("kzcz_secret")
				.doesNotContain("bogus")
				.doesNotContain("script"));
		assertThat((String) JsonPath.read(Curator.body(result), "$.links.next"))
			.isEqualTo("/api/v1/meetings?country=CZ&page=1&size=1");
	}

	@Test
	void searchLinksKeepTheQueryAndTypesButDropAnApiKey() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/search?q=Kazakhstan&types=MEETING,PROJECT&api_key=kzcz_secret-in-the-url&size=1")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(links(result)).isNotEmpty()
			.allSatisfy(
					(link) -> assertThat(link).startsWith("/api/v1/search?q=Kazakhstan&types=MEETING%2CPROJECT&page=")
						.doesNotContain("api_key")
						.doesNotContain("kzcz_secret"));
	}

	private static List<String> links(MvcTestResult result) {
		return List.copyOf(JsonPath.<java.util.Map<String, String>>read(Curator.body(result), "$.links").values());
	}

}
