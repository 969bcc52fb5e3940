package org.kzcz.relations.common.guards;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs the fuzzing drill found mishandled: each now gets a 4xx problem naming what was
 * wrong, never a 5xx or a body-less answer.
 */
@IntegrationTest
class HostileInputTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void nulInAQueryParameterIs400NamingTheParameter() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/officials?role={role}", "AMBASSADOR\u0000").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo("role");
	}

	@Test
	void nulInAJsonBodyIs400NamingTheField() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header("X-API-Key", TestKeys.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"a\\u0000b\",\"role\":\"CURATOR\"}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo("name");
	}

	@Test
	void malformedAcceptHeaderIs406WithAProblemBody() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries").header("Accept", "garbage").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_ACCEPTABLE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-acceptable");
	}

	@Test
	void urlTheFirewallRefusesIs400WithAProblemBody() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/meetings/a%00b").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
	}

	@Test
	void asOfOutsideYears1To9999Is400NamingAsOf() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/sources/dyussenbayev-interview-2025?asOf=+999999999-12-31T23:59:59Z")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo("asOf");
	}

	@Test
	void parameterWithoutAValueIsReadAsEmpty() {
		assertThat(this.mvc.get().uri("/api/v1/organizations?country=CZ&q")).hasStatusOk();
	}

}
