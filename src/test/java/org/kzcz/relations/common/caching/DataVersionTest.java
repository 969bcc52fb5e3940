package org.kzcz.relations.common.caching;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.SqlStatementCounter;
import org.kzcz.relations.support.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data version kept in memory and moved by PostgreSQL's notifications: a 304 costs no
 * statement, a change made outside this instance (here a statement on a connection of its
 * own, as another replica's would be) moves the ETag within a second, and a lost listener
 * connection is found, re-made and the version re-read, so no change is missed.
 */
@IntegrationTest
class DataVersionTest {

	private static final String URI = "/api/v1/countries/CZ";

	/**
	 * A statement-level trigger fires even when no row matches: the version moves, no
	 * fact does.
	 */
	private static final String CHANGE_ELSEWHERE = "update source set title = title where false";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void listening() throws InterruptedException {
		awaitListening();
	}

	@Test
	void a304CostsNoStatement() {
		String etag = etag(this.mvc.get().uri(URI).exchange());
		this.statements.reset();
		assertThat(this.mvc.get().uri(URI).header("If-None-Match", etag)).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri(URI).header("If-None-Match", etag)).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void aChangeMadeElsewhereMovesTheEtagWithinASecond() throws InterruptedException {
		String before = etag(this.mvc.get().uri(URI).exchange());
		long start = System.nanoTime();
		this.jdbc.sql(CHANGE_ELSEWHERE).update();
		String after = awaitNewEtag(before, Duration.ofSeconds(1));
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(after).as("the ETag a second after the change").isNotEqualTo(before);
		assertThat(millis).isLessThan(1000);
	}

	@Test
	void aChangeMadeWhileTheListenerWasCutOffIsSeenOnceItIsBack() throws InterruptedException {
		String before = etag(this.mvc.get().uri(URI).exchange());
		int connections = this.dataVersion.connections();
		int cut = this.jdbc
			.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = :name")
			.param("name", DataVersion.LISTENER_NAME)
			.query(Integer.class)
			.single();
		assertThat(cut).isPositive();
		this.jdbc.sql(CHANGE_ELSEWHERE).update();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.dataVersion.connections() == connections && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.dataVersion.connections()).as("connections of the listener").isGreaterThan(connections);
		awaitListening();
		String after = etag(this.mvc.get().uri(URI).exchange());
		assertThat(after).isNotEqualTo(before);
		this.statements.reset();
		assertThat(this.mvc.get().uri(URI).header("If-None-Match", after)).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void aWriteThroughThisInstanceMovesItsEtagBeforeTheResponseIsRead() {
		String before = etag(this.mvc.get().uri(URI).exchange());
		String slug = "data-version-" + System.nanoTime();
		MvcTestResult created = this.mvc.post()
			.uri("/api/v1/sources")
			.header("X-API-Key", TestKeys.ADMIN)
			.contentType("application/json")
			.content("{\"slug\":\"" + slug + "\",\"title\":\"Data version test\",\"kind\":\"OTHER\","
					+ "\"language\":\"en\",\"publishedOn\":\"2020-01-01\",\"publishedPrecision\":\"DAY\"}")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		try {
			// No wait: the write itself read the new version.
			MvcTestResult after = this.mvc.get().uri(URI).header("If-None-Match", before).exchange();
			assertThat(after).hasStatusOk();
			assertThat(etag(after)).isNotEqualTo(before);
		}
		finally {
			assertThat(this.mvc.delete()
				.uri("/api/v1/sources/" + slug)
				.header("X-API-Key", TestKeys.ADMIN)
				.header("If-Match", created.getResponse().getHeader("ETag"))).hasStatus(HttpStatus.NO_CONTENT);
		}
	}

	private String awaitNewEtag(String before, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		String etag = before;
		while (etag.equals(before) && System.nanoTime() < deadline) {
			Thread.sleep(5);
			MvcTestResult result = this.mvc.get().uri(URI).header("If-None-Match", before).exchange();
			etag = etag(result);
		}
		return etag;
	}

	private void awaitListening() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!this.dataVersion.listening() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.dataVersion.listening()).as("listening for data version changes").isTrue();
	}

	private static String etag(MvcTestResult result) {
		String etag = result.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		return etag;
	}

}
