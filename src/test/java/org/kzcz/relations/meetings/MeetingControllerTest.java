package org.kzcz.relations.meetings;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MeetingControllerTest {

	private static final String PILSEN_RECEPTION = "spotak-receives-dyussenbayev-pilsen-2024";

	private static final String ASTANA_TALKS = "lipavsky-nurtleu-talks-astana-2024";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsMeetingsNewestFirstByDefault() {
		List<String> dates = read("/api/v1/meetings?size=200", "$.items[*].startDate");
		assertThat(dates).hasSizeGreaterThan(5).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void filtersByCountryInAnyCaseWhetherPlaceHostOrVisitingSide() {
		List<Map<String, String>> items = read("/api/v1/meetings?country=eu&size=200", "$.items");
		assertThat(items).isNotEmpty()
			.allSatisfy((item) -> assertThat(List.of(String.valueOf(item.get("country")),
					String.valueOf(item.get("hostCountry")), String.valueOf(item.get("visitingCountry"))))
				.contains("EU"));
		assertThat(ids("/api/v1/meetings?country=EU&size=200")).isEqualTo(ids("/api/v1/meetings?country=eu&size=200"));
		assertThat(ids("/api/v1/meetings?country=cz&size=200")).contains(PILSEN_RECEPTION, ASTANA_TALKS)
			.doesNotContain("tokayev-visit-brussels-2021");
	}

	@Test
	void filtersByOfficialTakingPart() {
		assertThat(ids("/api/v1/meetings?official=murat-nurtleu&size=200")).contains(ASTANA_TALKS)
			.doesNotContain(PILSEN_RECEPTION);
		assertThat(ids("/api/v1/meetings?official=bakyt-dyussenbayev&size=200")).contains(PILSEN_RECEPTION)
			.doesNotContain("fiala-visit-kazakhstan-2023");
	}

	@Test
	void filtersByDateRangeReadingImpreciseDatesAsTheirWholePeriod() {
		List<String> in2024 = ids("/api/v1/meetings?from=2024-01-01&to=2024-12-31&size=200");
		assertThat(in2024).contains(PILSEN_RECEPTION, ASTANA_TALKS).doesNotContain("fiala-visit-kazakhstan-2023");
		// the commission session is dated only to the second half of 2024, so it may
		// fall in October
		assertThat(ids("/api/v1/meetings?from=2024-10-01&to=2024-10-31&size=200"))
			.containsExactlyInAnyOrder(ASTANA_TALKS, "intergovernmental-commission-session-2024");
		// the Prime Minister's visit is dated only to 2023
		assertThat(ids("/api/v1/meetings?from=2023-06-01&to=2023-06-30&size=200"))
			.contains("fiala-visit-kazakhstan-2023");
		// a two-day meeting reaches a range starting on its second day
		assertThat(ids("/api/v1/meetings?from=2022-05-31&to=2022-05-31&size=200"))
			.contains("central-asia-eu-special-envoys-almaty-2022");
	}

	@Test
	void matchesTheCityIgnoringCaseAndDiacritics() {
		List<String> prague = ids("/api/v1/meetings?city=prague&size=200");
		assertThat(prague).contains("world-road-congress-prague-2023");
		assertThat(ids("/api/v1/meetings?city=PRÁGUÉ&size=200")).isEqualTo(prague);
		assertThat(ids("/api/v1/meetings?city=pra&size=200")).isEmpty();
		// the Pilsen Region's report names the region, not a city
		assertThat(ids("/api/v1/meetings?city=plzen&size=200")).isEmpty();
	}

	@Test
	void searchesTitleCitySummaryByFullText() {
		assertThat(ids("/api/v1/meetings?q=trolleybus&size=200"))
			.containsExactly("dyussenbayev-visits-skoda-transportation-2024");
	}

	@Test
	void filtersByStatusAndKind() {
		List<String> planned = ids("/api/v1/meetings?status=PLANNED&size=200");
		assertThat(planned).contains("intergovernmental-commission-session-2024").doesNotContain(ASTANA_TALKS);
		List<String> statuses = read("/api/v1/meetings?status=PLANNED&size=200", "$.items[*].status");
		assertThat(statuses).containsOnly("PLANNED");
		List<String> kinds = read("/api/v1/meetings?kind=SITE_VISIT&size=200", "$.items[*].kind");
		assertThat(kinds).isNotEmpty().containsOnly("SITE_VISIT");
	}

	@Test
	void sortsByTitleEitherWay() {
		List<String> ascending = read("/api/v1/meetings?sort=title&size=200", "$.items[*].title");
		List<String> descending = read("/api/v1/meetings?sort=-title&size=200", "$.items[*].title");
		assertThat(ascending).hasSizeGreaterThan(2).containsExactlyInAnyOrderElementsOf(descending);
		assertThat(ascending.get(0)).isEqualTo(descending.get(descending.size() - 1));
		assertThat(ascending.get(0)).isNotEqualTo(descending.get(0));
	}

	@Test
	void pagesKeepTheFiltersInTheirLinks() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/meetings?country=cz&size=1&page=1").exchange();
		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.items.length()").isEqualTo(1);
		assertThat(result).bodyJson()
			.extractingPath("$.links.prev")
			.isEqualTo("/api/v1/meetings?country=cz&page=0&size=1");
		assertThat(result).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(ids("/api/v1/meetings?country=cz&size=200").size());
		assertThat(ids("/api/v1/meetings?country=cz&size=1&page=1"))
			.isEqualTo(ids("/api/v1/meetings?country=cz&size=200").subList(1, 2));
	}

	@ParameterizedTest
	@CsvSource({ "from=2024-12-31&to=2024-01-01, from", "from=2024-13-01, from", "to=yesterday, to", "kind=PARTY, kind",
			"status=held, status", "size=201, size", "sort=city, sort", "page=-1, page", "country=CZE, country" })
	void rejectsInvalidParametersNamingThem(String query, String parameter) {
		MvcTestResult result = this.mvc.get().uri("/api/v1/meetings?" + query).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo(parameter);
	}

	@Test
	void returns404ForUnknownMeeting() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/meetings/no-such-meeting").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-found");
	}

	@Test
	void showsEachParticipantWithThePostHeldOnTheMeetingDate() {
		String body = body("/api/v1/meetings/" + PILSEN_RECEPTION);
		List<String> dyussenbayevPostedTo = JsonPath.read(body,
				"$.participants[?(@.personId == 'bakyt-dyussenbayev')].postsAtTheTime[*].postedToCountry");
		// ambassador to the Czech Republic then, not to Spain or Korea as earlier
		assertThat(dyussenbayevPostedTo).containsExactly("CZ");
		List<String> roles = JsonPath.read(body, "$.participants[*].role");
		assertThat(roles).first().isEqualTo("HOST");
		List<String> spotakOrganizations = JsonPath.read(body,
				"$.participants[?(@.personId == 'rudolf-spotak')].postsAtTheTime[*].organization.id");
		assertThat(spotakOrganizations).containsExactly("pilsen-region");
	}

	@Test
	@Transactional
	void readsPostAndMeetingDatesAtTheirPrecision() {
		// Had the ambassador joined the 2023 visit (dated only to the year), both his
		// Korean
		// post (ended in 2023) and his Czech one (from June 2023) could have been held
		// then;
		// the Spanish one, ended at an unknown date with no later trace, cannot be
		// placed.
		this.jdbc.sql("""
				insert into meeting_participant (meeting_id, person_id, role_at_meeting, side_country)
				select m.id, p.id, 'PARTICIPANT', 'KZ' from meeting m, person p
				where m.slug = 'fiala-visit-kazakhstan-2023' and p.slug = 'bakyt-dyussenbayev'
				""").update();
		List<String> postedTo = read("/api/v1/meetings/fiala-visit-kazakhstan-2023",
				"$.participants[?(@.personId == 'bakyt-dyussenbayev')].postsAtTheTime[*].postedToCountry");
		assertThat(postedTo).containsExactlyInAnyOrder("CZ", "KR");
	}

	@Test
	void showsTopicsInOrderOutcomesWithTheirAgreementAndSources() {
		String body = body("/api/v1/meetings/" + ASTANA_TALKS);
		List<String> agreements = JsonPath.read(body, "$.outcomes[?(@.kind == 'AGREEMENT_SIGNED')].agreement.id");
		assertThat(agreements).contains("kz-cz-foreign-ministries-mou-2024");
		List<String> sources = JsonPath.read(body, "$.sources[*].id");
		assertThat(sources).containsExactly("astana-times-foreign-ministers-2024", "dyussenbayev-interview-2025");
		List<String> projects = JsonPath.read(body, "$.projects[*].id");
		assertThat(projects).contains("przewalski-horse-reintroduction");
		List<String> organizationRoles = JsonPath.read(body, "$.organizations[*].role");
		assertThat(organizationRoles).first().isEqualTo("HOST");
		List<String> topics = JsonPath.read(body, "$.topics");
		assertThat(topics).hasSizeGreaterThan(10)
			.startsWith("Bilateral cooperation", "Regional and global agenda")
			.endsWith("UN Human Rights Council membership 2025-2027");
	}

	@Test
	void listRunsOneDataStatementWhateverThePageSize() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/meetings?size=200&country=cz&from=2020-01-01")).hasStatusOk();
		// the page with its sources and total
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void detailRunsAFixedNumberOfStatementsWhateverTheNumberOfParticipants() {
		List<String> few = read("/api/v1/meetings/dyussenbayev-visits-skoda-transportation-2024",
				"$.participants[*].personId");
		List<String> many = read("/api/v1/meetings/" + PILSEN_RECEPTION, "$.participants[*].personId");
		assertThat(many).hasSizeGreaterThan(few.size());
		for (String meeting : List.of("dyussenbayev-visits-skoda-transportation-2024", PILSEN_RECEPTION)) {
			this.statements.reset();
			assertThat(this.mvc.get().uri("/api/v1/meetings/" + meeting)).hasStatusOk();
			// the meeting with every list built as JSON by PostgreSQL
			assertThat(this.statements.count()).isEqualTo(1);
			// in autocommit: no BEGIN/COMMIT round trip
			assertThat(this.statements.transactions()).isZero();
		}
	}

	private List<String> ids(String uri) {
		return read(uri, "$.items[*].id");
	}

	private <T> T read(String uri, String path) {
		return JsonPath.read(body(uri), path);
	}

	private String body(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
