package org.kzcz.relations.common.caching;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * If-Match on writes (RFC 9110 section 13.1.1): compared strongly, so a weak tag never
 * matches (412), and a curator must prove which version it edits: {@code *} proves
 * nothing (428).
 */
@IntegrationTest
class IfMatchTest {

	private static final String SLUG = "if-match-test-source";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Curator curator;

	String self;

	@BeforeEach
	void source() {
		this.curator = Curator.create(this.mvc);
		MvcTestResult created = this.curator.post("/api/v1/sources", source("Before"));
		assertThat(created).as(Curator.body(created)).hasStatus(HttpStatus.CREATED);
		this.self = created.getResponse().getHeader("Location");
	}

	@AfterEach
	void deleteSource() {
		this.jdbc.sql("delete from source where slug = :slug").param("slug", SLUG).update();
	}

	@Test
	void aWeakTagNeverMatchesSoTheWriteIs412AndNothingChanges() {
		assertPrecondition(this.curator.put(this.self, "W/\"v0\"", source("After")), HttpStatus.PRECONDITION_FAILED);
		assertPrecondition(this.curator.patch(this.self, "W/\"v0\"", "{\"title\": \"After\"}"),
				HttpStatus.PRECONDITION_FAILED);
		assertPrecondition(this.curator.delete(this.self, "W/\"v0\""), HttpStatus.PRECONDITION_FAILED);
		assertUnchanged();
	}

	@Test
	void aStarProvesNoVersionSoTheWriteIs428AskingForAConcreteEtag() {
		for (String star : new String[] { "*", " * ", "*, *" }) {
			MvcTestResult result = this.curator.put(this.self, star, source("After"));
			assertPrecondition(result, HttpStatus.PRECONDITION_REQUIRED);
			assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("ETag");
		}
		assertPrecondition(this.curator.delete(this.self, "*"), HttpStatus.PRECONDITION_REQUIRED);
		assertUnchanged();
	}

	@Test
	void theStrongTagOfARecentReadMatchesAsSentAndInAList() {
		String read = this.mvc.get().uri(this.self).exchange().getResponse().getHeader("ETag");
		assertThat(read).startsWith("\"v0");
		assertThat(this.curator.put(this.self, "W/\"v0\", " + read, source("After"))).hasStatusOk();
		assertThat(this.curator.put(this.self, "*, \"v1\"", source("Again"))).hasStatusOk();
	}

	private void assertUnchanged() {
		assertThat(this.jdbc.sql("select title || ' v' || version from source where slug = :slug")
			.param("slug", SLUG)
			.query(String.class)
			.single()).isEqualTo("Before v0");
	}

	private static void assertPrecondition(MvcTestResult result, HttpStatus status) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static String source(String title) {
		return """
				{"slug": "%s", "title": "%s", "kind": "NEWS", "publisher": "Test wire"}
				""".formatted(SLUG, title);
	}

}
