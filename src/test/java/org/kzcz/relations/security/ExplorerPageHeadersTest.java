package org.kzcz.relations.security;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page and its assets are public and carry a Content Security Policy that
 * allows no inline script or style; the API's answers, Swagger UI and unknown paths keep
 * exactly what they had (the browser tests show the policy at work in Chromium).
 */
@IntegrationTest
class ExplorerPageHeadersTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void explorerPageAndAssetsAreServedAnonymouslyWithAStrictPolicy() {
		MvcTestResult page = this.mvc.get().uri("/").accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).hasStatusOk().hasForwardedUrl("index.html");
		assertThat(page.getResponse().getHeader("Content-Security-Policy"))
			.isEqualTo(SecurityConfiguration.EXPLORER_CONTENT_SECURITY_POLICY)
			.contains("script-src 'self';")
			.contains("style-src 'self';")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		for (String asset : new String[] { "/index.html", "/explorer.js", "/explorer-dom.js", "/explorer.css" }) {
			MvcTestResult result = this.mvc.get().uri(asset).exchange();
			assertThat(result).as(asset).hasStatusOk();
			assertThat(result.getResponse().getContentAsByteArray()).as(asset).isNotEmpty();
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(asset)
				.isEqualTo(SecurityConfiguration.EXPLORER_CONTENT_SECURITY_POLICY);
			assertThat(result.getResponse().getHeader("X-Content-Type-Options")).as(asset).isEqualTo("nosniff");
		}
		assertThat(this.mvc.get().uri("/explorer.js").exchange().getResponse().getContentType())
			.startsWith("text/javascript");
	}

	@Test
	void apiAndSwaggerUiAnswersCarryNoExplorerPolicy() {
		for (String path : new String[] { "/api/v1/countries", "/api/v1/trade/series?country=KZ&partner=CZ",
				"/v3/api-docs", "/swagger-ui/index.html" }) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			assertThat(result).as(path).hasStatusOk();
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(path).isNull();
		}
	}

	@Test
	void unknownPathsBesideTheExplorerAreStill404Problems() {
		for (String path : new String[] { "/explorer-missing.js", "/no-such-page", "/api/v1/no-such-collection" }) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			assertThat(result).as(path)
				.hasStatus(HttpStatus.NOT_FOUND)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(result).as(path).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-found");
		}
	}

	@Test
	void theExplorerTakesNoWrites() {
		assertThat(this.mvc.post().uri("/").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
