package org.kzcz.relations.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiKeyControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousCallerGets401ProblemOnAdminRoutes() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"role\":\"CURATOR\"}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/unauthorized");
		assertThat(result.getResponse().getHeader("WWW-Authenticate")).contains("X-API-Key");
	}

	@Test
	void curatorGets403OnAdminRoutes() {
		String curator = TestKeys.curator(this.mvc);
		assertThat(this.mvc.get().uri("/api/v1/admin/api-keys").header("X-API-Key", curator))
			.hasStatus(HttpStatus.FORBIDDEN)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void adminCreatesAKeyShownOnceAndStoredOnlyAsAHash() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header("X-API-Key", TestKeys.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Jana\",\"role\":\"CURATOR\"}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result.getResponse().getHeader("Location")).startsWith("/api/v1/admin/api-keys/");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		String secret = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.secret");
		assertThat(secret).startsWith("kzcz_").hasSizeGreaterThan(40);
		long stored = this.jdbc.sql("select count(*) from api_key where key_hash = :secret or key_prefix = :secret")
			.param("secret", secret)
			.query(Long.class)
			.single();
		assertThat(stored).isZero();
		MvcTestResult listing = this.mvc.get()
			.uri("/api/v1/admin/api-keys")
			.header("X-API-Key", TestKeys.ADMIN)
			.exchange();
		assertThat(listing).hasStatusOk();
		assertThat(listing.getResponse().getContentAsString()).doesNotContain(secret);
	}

	@Test
	void revokedKeyStopsWorkingAtOnce() {
		String curator = TestKeys.curator(this.mvc);
		long id = this.jdbc.sql("select max(id) from api_key").query(Long.class).single();
		assertThat(this.mvc.delete().uri("/api/v1/admin/api-keys/" + id).header("X-API-Key", TestKeys.ADMIN))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/v1/countries").header("X-API-Key", curator))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void unknownKeyIsRefusedEvenOnReads() {
		assertThat(this.mvc.get().uri("/api/v1/countries").header("X-API-Key", "kzcz_not-a-key"))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(401);
	}

	@Test
	void readsStayPublicAndAnonymous() {
		assertThat(this.mvc.get().uri("/api/v1/countries/KZ")).hasStatusOk();
	}

	@Test
	void unknownJsonFieldsAreRejectedNamingTheField() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header("X-API-Key", TestKeys.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"role\":\"CURATOR\",\"isAdmin\":true}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo("isAdmin");
	}

	@Test
	void invalidBodyFieldsAreNamed() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header("X-API-Key", TestKeys.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\" \",\"role\":\"EMPEROR\"}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo("role");
		MvcTestResult blank = this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header("X-API-Key", TestKeys.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\" \",\"role\":\"CURATOR\"}")
			.exchange();
		assertThat(blank).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(blank).bodyJson().extractingPath("$.errors[0].name").isEqualTo("name");
	}

	@Test
	void bodiesOverTheLimitGet413() {
		String huge = "{\"name\":\"" + "x".repeat(70_000) + "\",\"role\":\"CURATOR\"}";
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header("X-API-Key", TestKeys.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(huge)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	void wrongContentTypeGets415() {
		assertThat(this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header("X-API-Key", TestKeys.ADMIN)
			.contentType(MediaType.TEXT_PLAIN)
			.content("name=x")).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unsupportedMethodOnAReadOnlyResourceIs405ForACurator() {
		String curator = TestKeys.curator(this.mvc);
		assertThat(this.mvc.delete().uri("/api/v1/countries/KZ").header("X-API-Key", curator))
			.hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anonymousWriteIs401WhereverItIsSentSoNothingIsLearntWithoutAKey() {
		for (String path : List.of("/api/v1/countries/KZ", "/api/v1/no-such-collection", "/swagger-ui.html")) {
			assertThat(this.mvc.delete().uri(path)).hasStatus(HttpStatus.UNAUTHORIZED)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void actuatorShowsOnlyHealthAndInfoAnonymously() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/env")).hasStatus4xxClientError();
		assertThat(this.mvc.get().uri("/actuator/beans")).hasStatus4xxClientError();
	}

	@Test
	void responsesCarrySecurityHeadersAndNoServerVersion() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries").exchange();
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("public");
		assertThat(this.mvc.get()
			.uri("/api/v1/countries")
			.header("X-API-Key", TestKeys.ADMIN)
			.exchange()
			.getResponse()
			.getHeader("Cache-Control")).contains("no-store");
	}

}
