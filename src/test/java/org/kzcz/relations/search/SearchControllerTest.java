package org.kzcz.relations.search;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.common.facts.SearchTerms;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.SqlStatementCounter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SearchControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsTheProjectTheMemorandumAndTheMeetingsAboutPrzewalskiHorses() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/search?q=Przewalski&size=200").exchange();
		assertThat(result).hasStatusOk();
		assertThat(ids(result)).contains("przewalski-horse-reintroduction", "przewalski-horse-memorandum-2023");
		List<String> kinds = JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].kind");
		assertThat(kinds).contains("PROJECT", "AGREEMENT", "MEETING");
		assertThat(result).bodyJson()
			.extractingPath("$.items[?(@.id == 'przewalski-horse-reintroduction')].self")
			.asArray()
			.containsExactly("/api/v1/projects/przewalski-horse-reintroduction");
	}

	@Test
	void findsLipavskyWithoutDiacriticsAndHighlightsTheAccentedName() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/search?q=Lipavsky&types=PERSON").exchange();
		assertThat(result).bodyJson().extractingPath("$.items[0].id").isEqualTo("jan-lipavsky");
		assertThat(result).bodyJson().extractingPath("$.items[0].kind").isEqualTo("PERSON");
		assertThat(result).bodyJson().extractingPath("$.items[0].self").isEqualTo("/api/v1/officials/jan-lipavsky");
		assertThat(result).bodyJson().extractingPath("$.items[0].snippet").asString().contains("<mark>Lipavský</mark>");
	}

	@Test
	void ranksBestMatchesFirst() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/search?q=Przewalski&size=200").exchange();
		List<Double> ranks = JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].rank");
		assertThat(ranks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void ranksPrintAsTheRealsTheyAreHoweverOftenTheQueryRuns() throws Exception {
		// The driver reads a statement's results in binary once it has run it a few
		// times on a connection; a real rank widened to double would then print with
		// spurious digits (0.14353834092617035 for 0.14353834).
		for (int i = 0; i < 12; i++) {
			String body = this.mvc.get()
				.uri("/api/v1/search?q=horse&size=200")
				.exchange()
				.getResponse()
				.getContentAsString();
			Matcher rank = Pattern.compile("\"rank\":([0-9.Ee-]+)").matcher(body);
			while (rank.find()) {
				String printed = rank.group(1);
				assertThat(printed)
					.isEqualTo(Double.toString(Double.parseDouble(Float.toString(Float.parseFloat(printed)))));
			}
		}
	}

	@Test
	void restrictsHitsToTheRequestedTypes() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/search?q=Przewalski&types=project,agreement").exchange();
		List<String> kinds = JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].kind");
		assertThat(kinds).isNotEmpty().containsOnly("PROJECT", "AGREEMENT");
	}

	@Test
	void pagesThroughHits() throws Exception {
		List<String> all = ids(this.mvc.get().uri("/api/v1/search?q=Przewalski&size=200").exchange());
		assertThat(all).hasSizeGreaterThan(2);
		MvcTestResult second = this.mvc.get().uri("/api/v1/search?q=Przewalski&size=1&page=1").exchange();
		assertThat(ids(second)).containsExactly(all.get(1));
		assertThat(second).bodyJson()
			.extractingPath("$.page.totalElements")
			.asNumber()
			.satisfies((n) -> assertThat(n.intValue()).isEqualTo(all.size()));
		assertThat(second).bodyJson()
			.extractingPath("$.links.next")
			.isEqualTo("/api/v1/search?q=Przewalski&page=2&size=1");
	}

	@Test
	void findsAMeetingByATopicThatItsTitleAndSummaryDoNotMention() throws Exception {
		List<String> meetings = ids(this.mvc.get().uri("/api/v1/search?q=Afghanistan&types=MEETING").exchange());
		assertThat(meetings).contains("central-asia-consultative-meeting-2021", "tokayev-visit-brussels-2021");
	}

	@Test
	void runsOneDataStatement() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/search?q=ambassador&size=200")).hasStatusOk();
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void rejectsAMissingOrBlankQuery() {
		MvcTestResult missing = this.mvc.get().uri("/api/v1/search").exchange();
		assertThat(missing).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(missing).bodyJson().extractingPath("$.errors[0].name").isEqualTo("q");
		MvcTestResult blank = this.mvc.get().uri("/api/v1/search?q={q}", "  ").exchange();
		assertThat(blank).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(blank).bodyJson().extractingPath("$.errors[0].name").isEqualTo("q");
	}

	@Test
	void rejectsUnknownTypesAndOversizedPages() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=horse&types=PROJECT,HORSE")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("types");
		assertThat(this.mvc.get().uri("/api/v1/search?q=horse&size=201")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("size");
	}

	@Test
	void answersAQueryOfOnlyStopWordsWithNoHits() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=the")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(0);
	}

	@Test
	void repeatedSearchTermsCostNoMoreThanOne() throws Exception {
		List<Object> once = items(this.mvc.get().uri("/api/v1/search?q=horse&size=200").exchange());
		MvcTestResult repeated = this.mvc.get()
			.uri("/api/v1/search?q={q}&size=200", "horse ".repeat(30) + "HORSE \"Przewalski's horse\" OR horse")
			.exchange();
		assertThat(repeated).hasStatusOk();
		List<Object> phrase = items(this.mvc.get()
			.uri("/api/v1/search?q={q}&size=200", "horse \"Przewalski's horse\" OR horse")
			.exchange());
		assertThat(items(repeated)).isEqualTo(phrase);
		assertThat(items(this.mvc.get().uri("/api/v1/search?q={q}&size=200", "horse ".repeat(42)).exchange()))
			.isEqualTo(once);
	}

	@Test
	void rewritingAQueryWithoutRepeatsKeepsWhatTheDatabaseReads() {
		for (String q : List.of("\"Czech Republic\" OR Astana -\"trade fair\"", "horse -Przewalski's",
				"e-mail x,y 3.14 a&b|c", "coal OR -oil -OR uranium", "a\"b c\"d \"unclosed phrase")) {
			String rewritten = SearchTerms.parameter("q", q);
			assertThat(this.jdbc.sql("select search_query(:a)::text = search_query(:b)::text")
				.param("a", q)
				.param("b", rewritten)
				.query(Boolean.class)
				.single()).as(q + " as " + rewritten).isTrue();
		}
	}

	@Test
	void rejectsQueriesPastTheLimitsNamingQ() {
		String words = IntStream.rangeClosed(1, 17).mapToObj((i) -> "w" + i).collect(Collectors.joining(" "));
		for (String q : List.of("x".repeat(257), words, "\"" + words + "\"", words.replace(' ', '-'))) {
			MvcTestResult result = this.mvc.get().uri("/api/v1/search?q={q}", q).exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo("q");
		}
		assertThat(this.mvc.get().uri("/api/v1/search?q={q}", words.substring(0, words.lastIndexOf(' '))))
			.hasStatusOk();
	}

	@Test
	void snippetsAreHtmlEscapedWithOnlyMarkTagsAsMarkup() throws Exception {
		String slug = "test-source-snippet-markup";
		String title = "Zqxmarkup <img src=x onerror=alert(1)> & \"quotes\"";
		String summary = "Zqxmarkup <script>alert(1)</script> stray \uE000 sentinels \uE001 zqxmarkup";
		Curator curator = Curator.create(this.mvc);
		assertThat(curator.post("/api/v1/sources",
				JsonMapper.shared()
					.writeValueAsString(Map.of("slug", slug, "title", title, "kind", "NEWS", "summary", summary))))
			.hasStatus(HttpStatus.CREATED);
		try {
			MvcTestResult result = this.mvc.get().uri("/api/v1/search?q=zqxmarkup&types=SOURCE").exchange();
			assertThat(result).bodyJson().extractingPath("$.items[0].title").isEqualTo(title);
			assertThat(result).bodyJson()
				.extractingPath("$.items[0].snippet")
				.isEqualTo("<mark>Zqxmarkup</mark> &lt;script&gt;alert(1)&lt;/script&gt; stray  sentinels  "
						+ "<mark>zqxmarkup</mark>");
		}
		finally {
			this.jdbc.sql("delete from source where slug = :slug").param("slug", slug).update();
		}
	}

	private static List<String> ids(MvcTestResult result) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].id");
	}

	private static List<Object> items(MvcTestResult result) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), "$.items");
	}

}
