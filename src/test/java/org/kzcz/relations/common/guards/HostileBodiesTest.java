package org.kzcz.relations.common.guards;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * Request bodies an attacker's probe sent: numbers out of any sane range, huge lists,
 * lone surrogates, repeated keys and repeated sources. Each gets a 4xx problem naming the
 * field, and nothing is stored.
 */
@IntegrationTest
class HostileBodiesTest {

	private static final String NOTE = "hostile: written by HostileBodiesTest";

	private static final String SLUG = "hostile-bodies-";

	private static final String SOURCES = "[\"dyussenbayev-interview-2025\"]";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Curator curator;

	@BeforeEach
	void curator() {
		this.curator = Curator.create(this.mvc);
	}

	@AfterEach
	void deleteWhatWasWritten() {
		this.jdbc.sql("delete from trade_figure where note = :note").param("note", NOTE).update();
		this.jdbc.sql("delete from meeting where slug like :slug").param("slug", SLUG + "%").update();
		this.jdbc.sql("delete from project where slug like :slug").param("slug", SLUG + "%").update();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e999999", "1e400", "-1e400", "1e-999999", "0e-999999", "1E+16", "1234567890123456",
			"0.1234567", "1e999999999999" })
	void aTradeValueBeyondFifteenDigitsOrSixDecimalsIs400NamingValueAndStoresNothing(String value) {
		MvcTestResult result = this.curator.post("/api/v1/trade-figures", figure(value, "9.7"));
		assertProblem(result, HttpStatus.BAD_REQUEST, "value");
		assertThat(storedFigures()).isZero();
	}

	@Test
	void aStatedChangeOrAProjectTargetOutOfBoundsIs400NamingItsField() {
		assertProblem(this.curator.post("/api/v1/trade-figures", figure("1.5", "1e400")), HttpStatus.BAD_REQUEST,
				"sources[0].statedChangePct");
		assertProblem(this.curator.post("/api/v1/projects", project("1e400", SOURCES)), HttpStatus.BAD_REQUEST,
				"targets[0].targetValue");
		assertProblem(
				this.curator.post("/api/v1/projects",
						project("10", SOURCES).replace("\"achievedValue\": 1", "\"achievedValue\": 1e-999999")),
				HttpStatus.BAD_REQUEST, "targets[0].achievedValue");
		assertThat(storedFigures()).isZero();
		assertThat(this.jdbc.sql("select count(*) from project where slug like :slug")
			.param("slug", SLUG + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void numbersAtTheBoundAreStoredWithExactlyTheDigitsSent() {
		MvcTestResult created = this.curator.post("/api/v1/trade-figures",
				figure("999999999999999.999999", "-123456789.123456"));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String body = Curator.body(created);
		assertThat(body).contains("\"value\":999999999999999.999999").contains("\"statedChangePct\":-123456789.123456");
		assertThat(this.jdbc.sql("select value::text from trade_figure where note = :note")
			.param("note", NOTE)
			.query(String.class)
			.single()).isEqualTo("999999999999999.999999");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e999999", "1e400", "1e-999999", "123456789012345.1234567" })
	void aMergePatchWithAHugeOrTinyNumberIs400AndLeavesTheFigureAsItWas(String value) {
		String self = self(this.curator.post("/api/v1/trade-figures", figure("1.5", "9.7")));
		MvcTestResult patched = this.curator.patch(self, "\"v0\"", "{\"value\": " + value + "}");
		assertProblem(patched, HttpStatus.BAD_REQUEST, "value");
		assertThat(this.jdbc.sql("select value::text from trade_figure where note = :note")
			.param("note", NOTE)
			.query(String.class)
			.single()).isEqualTo("1.5");
	}

	@Test
	void aMergePatchKeepsEveryDigitOfADecimalADoubleCouldNotHold() {
		String self = self(this.curator.post("/api/v1/trade-figures", figure("1.5", "9.7")));
		assertThat(this.curator.patch(self, "\"v0\"", "{\"value\": 123456789012345.123456}")).hasStatusOk();
		assertThat(this.jdbc.sql("select value::text from trade_figure where note = :note")
			.param("note", NOTE)
			.query(String.class)
			.single()).isEqualTo("123456789012345.123456");
	}

	@Test
	void twelveThousandEmptyParticipantsAre400NamingTheListWithOneShortError() {
		String participants = "{}" + ",{}".repeat(11_999);
		long start = System.nanoTime();
		MvcTestResult result = this.curator.post("/api/v1/meetings",
				meeting("\"participants\": [" + participants + "]"));
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertProblem(result, HttpStatus.BAD_REQUEST, "participants");
		assertThat(result).bodyJson().extractingPath("$.errors.length()").isEqualTo(1);
		assertThat(Curator.body(result)).hasSizeLessThan(1_000).contains("at most 500");
		// 4 to 16 s before the bound, on two shared cores; well under a second after
		assertThat(millis).isLessThan(3_000);
		assertThat(storedMeetings()).isZero();
	}

	@Test
	void everyListOfEveryBodyIsBoundedIncludingNestedOnesAndThoseOfAMergePatch() {
		String sources = "\"s\"" + ",\"s\"".repeat(500);
		assertProblem(this.curator.post("/api/v1/meetings", meeting("\"topics\": [" + sources + "]")),
				HttpStatus.BAD_REQUEST, "topics");
		assertProblem(this.curator.post("/api/v1/projects", project("10", "[" + sources + "]")), HttpStatus.BAD_REQUEST,
				"milestones[0].sources");
		String self = self(this.curator.post("/api/v1/meetings", meeting("\"topics\": [\"a\"]")));
		assertProblem(this.curator.patch(self, "\"v0\"", "{\"topics\": [" + sources + "]}"), HttpStatus.BAD_REQUEST,
				"topics");
		assertThat(this.jdbc
			.sql("select count(*) from meeting_topic t join meeting m on m.id = t.meeting_id "
					+ "where m.slug like :slug")
			.param("slug", SLUG + "%")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void fiveHundredInvalidParticipantsAnswerTheFirstHundredErrorsAndHowManyThereWere() {
		String participants = "{}" + ",{}".repeat(499);
		MvcTestResult result = this.curator.post("/api/v1/meetings",
				meeting("\"participants\": [" + participants + "]"));
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors.length()").isEqualTo(100);
		assertThat(result).bodyJson().extractingPath("$.errorCount").isEqualTo(1000);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo("participants[0].person");
		assertThat(Curator.body(result)).hasSizeLessThan(20_000);
		assertThat(storedMeetings()).isZero();
	}

	@Test
	void aLoneSurrogateInABodyIs400NamingTheFieldWhetherEscapedOrSentAsBytes() {
		assertProblem(this.curator.post("/api/v1/meetings", meeting("\"summary\": \"a\\ud800b\"")),
				HttpStatus.BAD_REQUEST, "summary");
		assertProblem(this.curator.post("/api/v1/meetings", meeting("\"topics\": [\"ok\", \"\\udc00\"]")),
				HttpStatus.BAD_REQUEST, "topics[1]");
		byte[] utf8 = meeting("\"summary\": \"a#b\"").getBytes(StandardCharsets.UTF_8);
		byte[] cesu = new String(utf8, StandardCharsets.ISO_8859_1).replace("a#b", "a\u00ed\u00a0\u0080b")
			.getBytes(StandardCharsets.ISO_8859_1);
		MvcTestResult raw = this.mvc.post()
			.uri("/api/v1/meetings")
			.header("X-API-Key", this.curator.key())
			.contentType(MediaType.APPLICATION_JSON)
			.content(cesu)
			.exchange();
		assertThat(raw).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		String self = self(this.curator.post("/api/v1/meetings", meeting("\"summary\": \"a\\ud83d\\ude00b\"")));
		assertProblem(this.curator.patch(self, "\"v0\"", "{\"city\": \"\\ud800\"}"), HttpStatus.BAD_REQUEST, "city");
		assertThat(this.jdbc.sql("select summary || coalesce(city, '') from meeting where slug like :slug")
			.param("slug", SLUG + "%")
			.query(String.class)
			.single()).isEqualTo("a\ud83d\ude00b");
	}

	@Test
	void aKeyGivenTwiceIs400NamingTheKey() {
		String twice = figure("1.5", "9.7").replace("\"value\": 1.5", "\"value\": 1.5, \"value\": 2.5");
		MvcTestResult result = this.curator.post("/api/v1/trade-figures", twice);
		assertProblem(result, HttpStatus.BAD_REQUEST, "value");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("more than once");
		String nested = figure("1.5", "9.7").replace("\"statedChangePct\": 9.7",
				"\"statedChangePct\": 9.7, \"statedChangePct\": 1");
		assertProblem(this.curator.post("/api/v1/trade-figures", nested), HttpStatus.BAD_REQUEST,
				"sources[0].statedChangePct");
		assertThat(storedFigures()).isZero();
		String self = self(this.curator.post("/api/v1/trade-figures", figure("1.5", "9.7")));
		assertProblem(this.curator.patch(self, "\"v0\"", "{\"note\": \"x\", \"note\": \"y\"}"), HttpStatus.BAD_REQUEST,
				"note");
	}

	@Test
	void aSourceListedTwiceIs422NamingTheRepeatAndStoresNothing() {
		MvcTestResult meeting = this.curator.post("/api/v1/meetings",
				meeting("\"projects\": []").replace("\"sources\": [\"dyussenbayev-interview-2025\"]",
						"\"sources\": [\"dyussenbayev-interview-2025\", \"dyussenbayev-interview-2025\"]"));
		assertProblem(meeting, HttpStatus.UNPROCESSABLE_CONTENT, "sources[1]");
		assertThat(storedMeetings()).isZero();
		MvcTestResult project = this.curator.post("/api/v1/projects",
				project("10", "[\"dyussenbayev-interview-2025\", \"dyussenbayev-interview-2025\"]"));
		assertProblem(project, HttpStatus.UNPROCESSABLE_CONTENT, "milestones[0].sources[1]");
	}

	private long storedFigures() {
		return this.jdbc.sql("select count(*) from trade_figure where note = :note")
			.param("note", NOTE)
			.query(Long.class)
			.single();
	}

	private long storedMeetings() {
		return this.jdbc.sql("select count(*) from meeting where slug like :slug")
			.param("slug", SLUG + "%")
			.query(Long.class)
			.single();
	}

	@ParameterizedTest
	@ValueSource(strings = { "-0001-01-01", "+10000-01-01", "0000-01-01" })
	void aDateOutsideTheYears1To9999Is400NamingItsFieldAndStoresNothing(String date) {
		String slug = "hostile-date-" + date.replaceAll("[^0-9]", "");
		MvcTestResult result = this.curator.post("/api/v1/sources", """
				{"slug": "%s", "title": "Hostile date", "kind": "REPORT", "language": "en",
				 "publishedOn": "%s", "publishedPrecision": "YEAR"}""".formatted(slug, date));
		assertProblem(result, HttpStatus.BAD_REQUEST, "publishedOn");
		assertThat(this.mvc.get().uri("/api/v1/sources/" + slug)).hasStatus(HttpStatus.NOT_FOUND);
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String field) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		List<String> fields = JsonPath.read(Curator.body(result), "$.errors[*].name");
		assertThat(fields).as(Curator.body(result)).contains(field);
	}

	private static String self(MvcTestResult created) {
		assertThat(created).as(Curator.body(created)).hasStatus(HttpStatus.CREATED);
		return created.getResponse().getHeader("Location");
	}

	/** A figure with the number texts given, sent as JSON numbers. */
	private static String figure(String value, String statedChangePct) {
		return """
				{"reporter": "KZ", "country": "KZ", "partner": "CZ", "indicator": "FDI_INFLOW",
				 "periodKind": "YEAR", "periodStart": "2033-01-01", "periodEnd": "2033-12-31",
				 "value": %s, "currency": "USD", "scale": "MILLION", "note": "%s",
				 "sources": [{"source": "dyussenbayev-interview-2025", "statedChangePct": %s}]}
				""".formatted(value, NOTE, statedChangePct);
	}

	/** A valid meeting, with one more member (or a replaced one) spliced in. */
	private static String meeting(String member) {
		return """
				{%s, "slug": "%s", "title": "Hostile bodies", "kind": "ROUNDTABLE", "status": "HELD",
				 "startDate": "2026-03-01", "datePrecision": "MONTH",
				 "sources": ["dyussenbayev-interview-2025"]}
				""".formatted(member, SLUG + System.nanoTime());
	}

	private static String project(String targetValue, String milestoneSources) {
		return """
				{"slug": "%s", "name": "Hostile bodies", "status": "ACTIVE",
				 "milestones": [{"date": "2026-09-01", "datePrecision": "MONTH", "status": "PLANNED",
				                 "title": "Planned", "sources": %s}],
				 "targets": [{"description": "Students", "unit": "students", "targetValue": %s,
				              "achievedValue": 1, "sources": ["dyussenbayev-interview-2025"]}],
				 "sources": ["dyussenbayev-interview-2025"]}
				""".formatted(SLUG + System.nanoTime(), milestoneSources, targetValue);
	}

}
