package org.kzcz.relations.trade.figures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.SqlStatementCounter;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.TestKeys;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curators' writes of trade figures, and the figure reads they rely on. Every figure
 * written here carries a note starting "test:" and is deleted after each test (the
 * database is shared); most use years no seeded series reaches.
 */
@IntegrationTest
class TradeFigureCurationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Marks a member to send as JSON null (Map.of refuses null values). */
	private static final Object NULL = new Object();

	private static final String SERIES_2025 = "/api/v1/trade/series?country=KZ&partner=CZ&indicator=EXPORTS&reporter=KZ&from=2025&to=2025";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	String curator;

	@BeforeEach
	void curatorKey() {
		this.curator = TestKeys.curator(this.mvc);
	}

	@AfterEach
	void deleteTestFigures() {
		this.jdbc.sql("delete from trade_figure where note like 'test:%'").update();
	}

	@Test
	void anonymousWritesAre401BeforeTheBodyIsRead() {
		assertThat(this.mvc.post().uri("/api/v1/trade-figures").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.put().uri("/api/v1/trade-figures/1").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(
				this.mvc.patch().uri("/api/v1/trade-figures/1").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.delete().uri("/api/v1/trade-figures/1")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void readsASeededFigureExactlyAsStatedWithEachSourcesStatedRate() {
		this.statements.reset();
		MvcTestResult list = this.mvc.get()
			.uri("/api/v1/trade-figures?country=KZ&partner=CZ&indicator=EXPORTS&reporter=KZ&from=2023&to=2023")
			.exchange();
		assertThat(list).hasStatusOk();
		// one statement for the page and its total, and one reading the pair's figures
		// for the flags the
		// analysis raises on them (the data version is kept in memory)
		assertThat(this.statements.count()).isEqualTo(2);
		assertThat(list).bodyJson().extractingPath("$.page.totalElements").isEqualTo(1);
		long id = ((Number) JsonPath.read(body(list), "$.items[0].id")).longValue();

		this.statements.reset();
		MvcTestResult detail = this.mvc.get().uri("/api/v1/trade-figures/" + id).exchange();
		assertThat(detail).hasStatusOk();
		assertThat(this.statements.count()).isEqualTo(2);
		// the seed correction of its note moved the version
		assertThat(detail.getResponse().getHeader("ETag")).startsWith("\"v1-d");
		assertThat(detail).bodyJson().extractingPath("$.self").isEqualTo("/api/v1/trade-figures/" + id);
		assertThat(detail).bodyJson().extractingPath("$.value").isEqualTo(147.7);
		assertThat(detail).bodyJson().extractingPath("$.scale").isEqualTo("MILLION");
		assertThat(detail).bodyJson().extractingPath("$.currency").isEqualTo("USD");
		assertThat(detail).bodyJson().extractingPath("$.periodKind").isEqualTo("YEAR");
		assertThat(detail).bodyJson()
			.extractingPath("$.reporterAgency")
			.isEqualTo("state-revenue-committee-of-kazakhstan");
		assertThat(detail).bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(detail).bodyJson()
			.extractingPath("$.sources[*].id")
			.asArray()
			.containsExactly("astana-times-foreign-ministers-2024", "kazinform-vassilenko-prague-2024");
		assertThat(detail).bodyJson().extractingPath("$.sources[1].statedChangePct").isEqualTo(19.4);
		assertThat(detail).bodyJson().extractingPath("$.sources[0].statedChangePct").isNull();
		assertThat(detail).bodyJson()
			.extractingPath("$.sources[1].self")
			.isEqualTo("/api/v1/sources/kazinform-vassilenko-prague-2024");
		assertThat(detail).bodyJson()
			.extractingPath("$.series")
			.isEqualTo("/api/v1/trade/series?country=KZ&partner=CZ&indicator=EXPORTS&reporter=KZ&from=2023&to=2023");
	}

	@Test
	void listsCountsAndRanksWhichTheSeriesLeaveOut() {
		MvcTestResult companies = this.mvc.get()
			.uri("/api/v1/trade-figures?country=KZ&partner=CZ&indicator=COMPANIES_COUNT&sort=periodEnd")
			.exchange();
		assertThat(companies).hasStatusOk();
		assertThat(companies).bodyJson()
			.extractingPath("$.items[*].periodEnd")
			.asArray()
			.containsExactly("2024-05-09", "2024-09-02", "2025-07-21");
		assertThat(companies).bodyJson()
			.extractingPath("$.items[*].reporter")
			.asArray()
			.containsExactly("CZ", "KZ", "KZ");
		assertThat(companies).bodyJson().extractingPath("$.items[0].currency").isNull();
		assertThat(companies).bodyJson().extractingPath("$.items[0].unit").isEqualTo("companies");
		assertThat(companies).bodyJson().extractingPath("$.items[0].series").isNull();
	}

	@Test
	void rejectsBadListFiltersNamingTheParameter() {
		assertParameter("/api/v1/trade-figures?from=2025&to=2023", "from");
		assertParameter("/api/v1/trade-figures?country=KAZ", "country");
		assertParameter("/api/v1/trade-figures?to=3000", "to");
		assertParameter("/api/v1/trade-figures?indicator=BALANCE", "indicator");
		assertParameter("/api/v1/trade-figures?sort=value", "sort");
		assertThat(this.mvc.get().uri("/api/v1/trade-figures/999999999")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/api/v1/trade-figures/abc")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void curatorAddsNextYearsExportsWhichTheSeriesAndCsvShowWithTheChangeOnTheYearBefore() throws Exception {
		MvcTestResult before = this.mvc.get().uri(SERIES_2025).exchange();
		assertThat(before).bodyJson().extractingPath("$.points").asArray().isEmpty();
		String staleEtag = before.getResponse().getHeader("ETag");

		MvcTestResult created = post(figure(Map.of("indicator", "EXPORTS", "periodStart", "2025-01-01", "periodEnd",
				"2025-12-31", "value", 512.4, "reporterAgency", "state-revenue-committee-of-kazakhstan", "sources",
				List.of(Map.of("source", "dyussenbayev-interview-2025", "statedText", "test wording", "statedChangePct",
						9.7)))));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		long id = id(created);
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/trade-figures/" + id);
		assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"v0\"");
		// stored with the digits it was stated with, not padded to a column scale
		assertThat(body(created)).contains("\"value\":512.4,");
		assertThat(created).bodyJson().extractingPath("$.unit").isEqualTo("USD");
		assertThat(created).bodyJson().extractingPath("$.valueQualifier").isEqualTo("EXACT");
		assertThat(created).bodyJson().extractingPath("$.reporterStated").isEqualTo(true);
		assertThat(created).bodyJson().extractingPath("$.sources[0].statedChangePct").isEqualTo(9.7);

		// the data version moved: the old ETag no longer earns a 304
		MvcTestResult after = this.mvc.get().uri(SERIES_2025).header("If-None-Match", staleEtag).exchange();
		assertThat(after).hasStatusOk();
		assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(staleEtag);
		assertThat(after).bodyJson().extractingPath("$.points.length()").isEqualTo(1);
		assertThat(after).bodyJson().extractingPath("$.points[0].value").isEqualTo(512.4);
		assertThat(after).bodyJson().extractingPath("$.points[0].period.start").isEqualTo("2025-01-01");
		assertThat(after).bodyJson().extractingPath("$.points[0].change.basis").isEqualTo("COMPUTED");
		assertThat(after).bodyJson().extractingPath("$.points[0].change.previousValue").isEqualTo(467);
		assertThat(after).bodyJson().extractingPath("$.points[0].change.absolute").isEqualTo(45.4);
		assertThat(after).bodyJson().extractingPath("$.points[0].change.percent").isEqualTo(9.7);
		assertThat(after).bodyJson()
			.extractingPath("$.points[0].sources[*].id")
			.asArray()
			.containsExactly("dyussenbayev-interview-2025");

		String csv = body(this.mvc.get().uri(SERIES_2025 + "&format=csv").exchange());
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("EXPORTS,YEAR,2025-01-01,2025-12-31")
			.contains(",512.4,")
			.contains("dyussenbayev-interview-2025");
		assertThat(ids("/api/v1/trade-figures?country=KZ&partner=CZ&from=2025&indicator=EXPORTS")).contains(id);
	}

	@Test
	void aDifferentValueForTheSameFigureIsKeptBesideTheStoredOneAndTheSameValueAgainIs409() throws Exception {
		long seeded = ids("/api/v1/trade-figures?country=KZ&partner=CZ&indicator=EXPORTS&reporter=KZ&from=2024&to=2024")
			.get(0);
		MvcTestResult other = post(figure(
				Map.of("indicator", "EXPORTS", "periodStart", "2024-01-01", "periodEnd", "2024-12-31", "value", 470)));
		assertThat(other).hasStatus(HttpStatus.CREATED);
		assertThat(id(other)).isNotEqualTo(seeded);
		assertThat(this.mvc.get().uri("/api/v1/trade-figures/" + seeded)).bodyJson()
			.extractingPath("$.value")
			.isEqualTo(467);
		assertThat(this.mvc.get()
			.uri("/api/v1/trade/series?country=KZ&partner=CZ&indicator=EXPORTS&reporter=KZ&from=2024&to=2024"))
			.bodyJson()
			.extractingPath("$.points[*].flags[*].code")
			.asArray()
			.contains("CONFLICTING_FIGURES");

		MvcTestResult again = post(figure(Map.of("indicator", "EXPORTS", "periodStart", "2024-01-01", "periodEnd",
				"2024-12-31", "value", 470.0, "note", "test: another source")));
		assertField(again, HttpStatus.CONFLICT, "value");
		assertThat(again).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("/api/v1/trade-figures/" + id(other));
		assertField(
				post(figure(Map.of("indicator", "EXPORTS", "periodStart", "2024-01-01", "periodEnd", "2024-12-31",
						"value", 467, "reporterAgency", "state-revenue-committee-of-kazakhstan"))),
				HttpStatus.CONFLICT, "value");
	}

	@Test
	void rejectsEachBrokenRuleNamingTheField() throws Exception {
		HttpStatus bad = HttpStatus.BAD_REQUEST;
		HttpStatus rule = HttpStatus.UNPROCESSABLE_CONTENT;
		assertField(post(figure(Map.of("partner", "KZ"))), rule, "partner");
		assertField(post(figure(Map.of("country", "QQ"))), rule, "country");
		assertField(post(figure(Map.of("partner", "QQ"))), rule, "partner");
		assertField(post(figure(Map.of("reporter", "QQ"))), rule, "reporter");
		assertField(post(figure(Map.of("country", "KAZ"))), bad, "country");
		assertField(post(figure(Map.of("periodEnd", "2030-12-31"))), rule, "periodEnd");
		assertField(post(figure(Map.of("periodStart", "2031-02-01"))), rule, "periodStart");
		assertField(post(figure(Map.of("periodEnd", "2031-11-30"))), rule, "periodEnd");
		assertField(post(period("PARTIAL_YEAR", "2031-02-01", "2031-07-31")), rule, "periodStart");
		assertField(post(period("PARTIAL_YEAR", "2031-01-01", "2032-03-31")), rule, "periodEnd");
		assertField(post(period("PARTIAL_YEAR", "2031-01-01", "2031-12-31")), rule, "periodKind");
		assertField(post(period("QUARTER", "2031-02-01", "2031-04-30")), rule, "periodStart");
		assertField(post(period("QUARTER", "2031-04-01", "2031-07-31")), rule, "periodEnd");
		assertField(post(period("HALF_YEAR", "2031-04-01", "2031-09-30")), rule, "periodStart");
		assertField(post(period("HALF_YEAR", "2031-07-01", "2031-11-30")), rule, "periodEnd");
		assertField(post(period("POINT_IN_TIME", "2031-07-01", "2031-07-02")), rule, "periodEnd");
		assertField(post(figure(Map.of("currency", NULL))), rule, "currency");
		assertField(post(figure(Map.of("scale", NULL))), rule, "scale");
		assertField(post(figure(Map.of("currency", "US"))), bad, "currency");
		assertField(post(figure(Map.of("currency", "QQQ"))), rule, "currency");
		assertField(post(figure(Map.of("indicator", "EXPORTS", "value", -1))), rule, "value");
		assertField(post(count(Map.of("currency", "USD"))), rule, "currency");
		assertField(post(count(Map.of("unit", NULL))), rule, "unit");
		assertField(post(count(Map.of("value", -5))), rule, "value");
		assertField(post(count(Map.of("indicator", "TRADE_PARTNER_RANK", "value", 0))), rule, "value");
		assertField(post(count(Map.of("indicator", "TRADE_PARTNER_RANK", "value", 2.5))), rule, "value");
		assertField(post(figure(Map.of("sources", List.of()))), bad, "sources");
		assertField(post(figure(Map.of("sources", List.of(Map.of("source", "no-such-source-anywhere"))))), rule,
				"sources[0].source");
		assertField(post(figure(Map.of("sources", List.of(Map.of("source", "dyussenbayev-interview-2025"),
				Map.of("source", "dyussenbayev-interview-2025"))))), rule, "sources[1].source");
		assertField(post(figure(Map.of("reporterAgency", "no-such-agency"))), rule, "reporterAgency");
		assertField(post(figure(Map.of("reporter", "CZ", "reporterAgency", "state-revenue-committee-of-kazakhstan"))),
				rule, "reporterAgency");
		assertField(post(figure(Map.of("indicator", NULL))), bad, "indicator");
		assertField(post(figure(Map.of("colour", "red"))), bad, "colour");
		assertThat(ids("/api/v1/trade-figures?from=2030")).isEmpty();
	}

	@Test
	void acceptsEveryPeriodKindInItsShapeAndNegativeInvestment() {
		assertThat(post(period("PARTIAL_YEAR", "2031-01-01", "2031-07-31"))).hasStatus(HttpStatus.CREATED);
		assertThat(post(period("QUARTER", "2031-10-01", "2031-12-31"))).hasStatus(HttpStatus.CREATED);
		assertThat(post(period("HALF_YEAR", "2031-07-01", "2031-12-31"))).hasStatus(HttpStatus.CREATED);
		assertThat(post(period("CUMULATIVE", "2005-01-01", "2031-06-30"))).hasStatus(HttpStatus.CREATED);
		assertThat(post(figure(Map.of("value", -0.4)))).hasStatus(HttpStatus.CREATED);
		MvcTestResult count = post(count(Map.of("periodKind", "POINT_IN_TIME")));
		assertThat(count).hasStatus(HttpStatus.CREATED);
		assertThat(count).bodyJson().extractingPath("$.scale").isEqualTo("UNIT");
		assertThat(count).bodyJson().extractingPath("$.currency").isNull();
	}

	@Test
	void putNeedsIfMatchRefusesAStaleOneAndReplacesTheCitations() {
		long id = id(post(figure(Map.of())));
		String body = figure(Map.of("value", 1.6, "sources",
				List.of(Map.of("source", "kazinform-vassilenko-prague-2024", "statedText", "test text"))));
		assertThat(put(id, null, body)).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(put(id, "\"v7\"", body)).hasStatus(HttpStatus.PRECONDITION_FAILED);
		MvcTestResult replaced = put(id, "\"v0\"", body);
		assertThat(replaced).hasStatusOk();
		assertThat(replaced.getResponse().getHeader("ETag")).isEqualTo("\"v1\"");
		assertThat(replaced).bodyJson().extractingPath("$.value").isEqualTo(1.6);
		assertThat(replaced).bodyJson()
			.extractingPath("$.sources[*].id")
			.asArray()
			.containsExactly("kazinform-vassilenko-prague-2024");
		assertThat(replaced).bodyJson().extractingPath("$.sources[0].statedText").isEqualTo("test text");
		// the same If-Match a second time is stale now
		assertThat(put(id, "\"v0\"", body)).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(put(999999999L, "\"v0\"", body)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aPutThatWouldDuplicateAnotherFigureIs409AndChangesNothing() {
		post(figure(Map.of("value", 1.1)));
		long second = id(post(figure(Map.of("value", 1.2))));
		assertField(put(second, "\"v0\"", figure(Map.of("value", 1.1))), HttpStatus.CONFLICT, "value");
		assertThat(this.mvc.get().uri("/api/v1/trade-figures/" + second)).bodyJson()
			.extractingPath("$.value")
			.isEqualTo(1.2);
	}

	@Test
	void twoConcurrentUpdatesWithTheSameIfMatchLetExactlyOneThrough() throws Exception {
		long id = id(post(figure(Map.of())));
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> update = () -> {
			start.await();
			return put(id, "\"v0\"", figure(Map.of("value", 2.5))).getResponse().getStatus();
		};
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			Future<Integer> first = pool.submit(update);
			Future<Integer> second = pool.submit(update);
			start.countDown();
			assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 412);
		}
	}

	@Test
	void patchChangesOnlyTheFieldsSentAndTheResultMustPassTheRules() {
		long id = id(post(figure(Map.of("reporterAgency", "state-revenue-committee-of-kazakhstan"))));
		MvcTestResult patched = patch(id, "\"v0\"", "{\"valueQualifier\":\"APPROXIMATE\",\"reporterAgency\":null}");
		assertThat(patched).hasStatusOk();
		assertThat(patched.getResponse().getHeader("ETag")).isEqualTo("\"v1\"");
		assertThat(patched).bodyJson().extractingPath("$.valueQualifier").isEqualTo("APPROXIMATE");
		assertThat(patched).bodyJson().extractingPath("$.reporterAgency").isNull();
		assertThat(patched).bodyJson().extractingPath("$.value").isEqualTo(1.5);
		assertThat(patched).bodyJson().extractingPath("$.periodStart").isEqualTo("2031-01-01");
		assertThat(patched).bodyJson()
			.extractingPath("$.sources[*].id")
			.asArray()
			.containsExactly("dyussenbayev-interview-2025");
		assertField(patch(id, "\"v1\"", "{\"currency\":null}"), HttpStatus.UNPROCESSABLE_CONTENT, "currency");
		assertField(patch(id, "\"v1\"", "{\"sources\":[]}"), HttpStatus.BAD_REQUEST, "sources");
		assertThat(patch(id, "\"v0\"", "{\"note\":\"test: late\"}")).hasStatus(HttpStatus.PRECONDITION_FAILED);
	}

	@Test
	void historyNamesTheCuratorOfEachChangeAndAsOfReturnsTheEarlierState() throws Exception {
		long id = id(post(figure(Map.of())));
		Instant beforeUpdate = Instant.now();
		Thread.sleep(20);
		assertThat(put(id, "\"v0\"", figure(Map.of("value", 1.7)))).hasStatusOk();
		MvcTestResult history = this.mvc.get().uri("/api/v1/trade-figures/" + id + "/history").exchange();
		assertThat(history).hasStatusOk();
		assertThat(history).bodyJson()
			.extractingPath("$.entries[*].action")
			.asArray()
			.containsExactly("INSERT", "UPDATE");
		assertThat(history).bodyJson()
			.extractingPath("$.entries[*].actor")
			.asArray()
			.allSatisfy((actor) -> assertThat((String) actor).startsWith("test curator (key "));
		MvcTestResult earlier = this.mvc.get()
			.uri("/api/v1/trade-figures/" + id + "?asOf={t}", beforeUpdate)
			.exchange();
		assertThat(earlier).hasStatusOk();
		assertThat(earlier).bodyJson().extractingPath("$.state.value").isEqualTo(1.5);
		assertThat(this.mvc.get().uri("/api/v1/trade-figures/" + id)).bodyJson()
			.extractingPath("$.value")
			.isEqualTo(1.7);
	}

	@Test
	void deleteIs204ThenTheFigureIs404AndItsHistoryStays() {
		long id = id(post(figure(Map.of())));
		assertThat(this.mvc.delete().uri("/api/v1/trade-figures/" + id).header("X-API-Key", this.curator))
			.hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(this.mvc.delete()
			.uri("/api/v1/trade-figures/" + id)
			.header("X-API-Key", this.curator)
			.header("If-Match", "\"v0\"")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/v1/trade-figures/" + id)).hasStatus(HttpStatus.NOT_FOUND);
		MvcTestResult history = this.mvc.get().uri("/api/v1/trade-figures/" + id + "/history").exchange();
		assertThat(history).bodyJson().extractingPath("$.deleted").isEqualTo(true);
		assertThat(history).bodyJson()
			.extractingPath("$.entries[*].action")
			.asArray()
			.containsExactly("INSERT", "DELETE");
		assertThat(this.jdbc.sql("select count(*) from trade_figure_source where trade_figure_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void documentsTheWriteOperationsWithTheirRequestSchemaAndIfMatch() throws Exception {
		String doc = body(this.mvc.get().uri("/v3/api-docs").exchange());
		assertThat((String) JsonPath.read(doc,
				"$.paths['/api/v1/trade-figures'].post.requestBody.content['application/json'].schema.$ref"))
			.endsWith("/TradeFigureRequest");
		assertThat((String) JsonPath.read(doc,
				"$.paths['/api/v1/trade-figures/{id}'].patch.requestBody.content['application/merge-patch+json'].schema.$ref"))
			.endsWith("/TradeFigureRequest");
		for (String method : List.of("put", "patch", "delete")) {
			List<String> headers = JsonPath.read(doc,
					"$.paths['/api/v1/trade-figures/{id}']." + method + ".parameters[?(@.in == 'header')].name");
			assertThat(headers).as(method).containsExactly("If-Match");
			List<Object> security = JsonPath.read(doc, "$.paths['/api/v1/trade-figures/{id}']." + method + ".security");
			assertThat(security).as(method).isNotEmpty();
		}
	}

	/**
	 * A valid body: Kazakh-reported Czech investment into Kazakhstan in 2031, with the
	 * given members changed ({@link #NULL} sends null).
	 */
	private static String figure(Map<String, Object> changes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reporter", "KZ");
		body.put("country", "KZ");
		body.put("partner", "CZ");
		body.put("indicator", "FDI_INFLOW");
		body.put("periodKind", "YEAR");
		body.put("periodStart", "2031-01-01");
		body.put("periodEnd", "2031-12-31");
		body.put("value", 1.5);
		body.put("currency", "USD");
		body.put("scale", "MILLION");
		body.put("note", "test: written by TradeFigureCurationTest");
		body.put("sources", List.of(Map.of("source", "dyussenbayev-interview-2025")));
		changes.forEach((key, value) -> body.put(key, (value == NULL) ? null : value));
		return JSON.writeValueAsString(body);
	}

	private static String period(String kind, String start, String end) {
		return figure(Map.of("periodKind", kind, "periodStart", start, "periodEnd", end));
	}

	/** A valid count: Czech companies in Kazakhstan at one day of 2031. */
	private static String count(Map<String, Object> changes) {
		Map<String, Object> body = new LinkedHashMap<>(
				Map.of("indicator", "COMPANIES_COUNT", "periodKind", "POINT_IN_TIME", "periodStart", "2031-03-01",
						"periodEnd", "2031-03-01", "value", 160, "currency", NULL, "scale", NULL, "unit", "companies"));
		body.putAll(changes);
		return figure(body);
	}

	private MvcTestResult post(String body) {
		return new Curator(this.mvc, this.curator).post("/api/v1/trade-figures", body);
	}

	private MvcTestResult put(long id, String ifMatch, String body) {
		return new Curator(this.mvc, this.curator).put("/api/v1/trade-figures/" + id, ifMatch, body);
	}

	private MvcTestResult patch(long id, String ifMatch, String body) {
		return new Curator(this.mvc, this.curator).patch("/api/v1/trade-figures/" + id, ifMatch, body);
	}

	private static long id(MvcTestResult created) {
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return ((Number) JsonPath.read(body(created), "$.id")).longValue();
	}

	private List<Long> ids(String uri) {
		List<Number> ids = JsonPath.read(body(this.mvc.get().uri(uri).exchange()), "$.items[*].id");
		List<Long> result = new ArrayList<>();
		ids.forEach((id) -> result.add(id.longValue()));
		return result;
	}

	private void assertParameter(String uri, String parameter) {
		assertField(this.mvc.get().uri(uri).exchange(), HttpStatus.BAD_REQUEST, parameter);
	}

	private static void assertField(MvcTestResult result, HttpStatus status, String field) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[*].name").asArray().contains(field);
	}

	private static String body(MvcTestResult result) {
		return Curator.body(result);
	}

}
