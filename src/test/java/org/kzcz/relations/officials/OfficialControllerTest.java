package org.kzcz.relations.officials;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OfficialControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Test
	void answersWhoIsTheKazakhAmbassadorInPragueToday() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/officials?country=kz&postedTo=cz&role=AMBASSADOR&activeOn={today}", LocalDate.now())
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly("bakyt-dyussenbayev");
		assertThat(result).bodyJson()
			.extractingPath("$.items[0].currentPosts")
			.asArray()
			.anySatisfy((title) -> assertThat((String) title).contains("Czech"));
		assertThat(result).bodyJson()
			.extractingPath("$.items[0].self")
			.isEqualTo("/api/v1/officials/bakyt-dyussenbayev");
		assertThat(result).bodyJson().extractingPath("$.items[0].sources").asArray().isNotEmpty();
	}

	@Test
	void listsEveryCurrentKazakhAmbassadorWithoutPostedTo() {
		assertThat(this.mvc.get()
			.uri("/api/v1/officials?country=KZ&role=AMBASSADOR&activeOn={today}&size=200", LocalDate.now())).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains("bakyt-dyussenbayev", "margulan-baimukhan")
			.doesNotContain("jan-lipavsky", "petr-fiala", "timur-akhmetzhanov");
	}

	@Test
	void activeOnCountsAYearPrecisionEndUntilTheEndOfThatYear() {
		// the Korea posting ended in 2023, known only to the year
		assertThat(this.mvc.get().uri("/api/v1/officials?postedTo=KR&activeOn=2023-11-30")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains("bakyt-dyussenbayev");
		assertThat(this.mvc.get().uri("/api/v1/officials?postedTo=KR&activeOn=2024-01-01")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.doesNotContain("bakyt-dyussenbayev");
	}

	@Test
	void activeOnExcludesPostsNotYetStarted() {
		// The same filter finds him once his Czech post (from June 2023) has started, so
		// the empty answer below is
		// the date's doing, not a filter that matches nothing.
		assertThat(this.mvc.get().uri("/api/v1/officials?postedTo=CZ&role=AMBASSADOR&activeOn=2024-06-01")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains("bakyt-dyussenbayev");
		assertThat(this.mvc.get().uri("/api/v1/officials?postedTo=CZ&role=AMBASSADOR&activeOn=2020-06-01")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.doesNotContain("bakyt-dyussenbayev");
	}

	@Test
	void findsLipavskyWithoutTheDiacritics() {
		assertThat(this.mvc.get().uri("/api/v1/officials?q=Lipavsky")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly("jan-lipavsky");
	}

	@Test
	void matchesFreeTextRoleAgainstTheTitleIgnoringCaseAndDiacritics() {
		assertThat(this.mvc.get().uri("/api/v1/officials?role=governor pilsen")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly("rudolf-spotak");
	}

	@Test
	void filtersByOrganizationOfAPost() {
		assertThat(this.mvc.get().uri("/api/v1/officials?organization=prague-zoo")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly("miroslav-bobek");
	}

	@Test
	void sortsByIdDescendingAndPagesWithLinks() throws Exception {
		List<String> ascending = ids("/api/v1/officials?sort=id&size=200");
		assertThat(ascending).hasSizeGreaterThan(4);
		assertThat(ids("/api/v1/officials?sort=-id&size=200")).isEqualTo(ascending.reversed());
		MvcTestResult second = this.mvc.get().uri("/api/v1/officials?sort=-id&size=2&page=1").exchange();
		assertThat(ids(second)).containsExactly(ascending.get(ascending.size() - 3),
				ascending.get(ascending.size() - 4));
		assertThat(second).bodyJson()
			.extractingPath("$.links.prev")
			.isEqualTo("/api/v1/officials?page=0&size=2&sort=-id");
		assertThat(second).bodyJson()
			.extractingPath("$.page.totalElements")
			.asNumber()
			.satisfies((n) -> assertThat(n.intValue()).isEqualTo(ascending.size()));
	}

	@Test
	void sortsByNameByDefault() throws Exception {
		List<String> byDefault = ids("/api/v1/officials?size=200");
		assertThat(byDefault).isEqualTo(ids("/api/v1/officials?size=200&sort=name"));
		assertThat(byDefault.indexOf("bakyt-dyussenbayev")).isLessThan(byDefault.indexOf("jan-lipavsky"));
		assertThat(ids("/api/v1/officials?size=200&sort=-name")).isEqualTo(byDefault.reversed());
	}

	@Test
	void showsTheWholeCareerWithDateClaimsMeetingsAndAgreements() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/officials/bakyt-dyussenbayev").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("Bakyt Dyussenbayev");
		assertThat(result).bodyJson().extractingPath("$.posts[*].postedToCountry").asArray().contains("CZ", "ES", "KR");
		// the post held today comes first
		assertThat(result).bodyJson().extractingPath("$.posts[0].postedToCountry").isEqualTo("CZ");
		assertThat(result).bodyJson().extractingPath("$.posts[0].ended").isEqualTo(false);
		// two sources disagree on when the Prague posting started; both claims are shown
		assertThat(result).bodyJson()
			.extractingPath("$.posts[0].dateClaims[*].source.id")
			.asArray()
			.containsExactlyInAnyOrder("dyussenbayev-interview-2025", "pilsen-region-ambassador-visit-2024");
		assertThat(result).bodyJson()
			.extractingPath("$.posts[0].dateClaims[*].precision")
			.asArray()
			.containsExactlyInAnyOrder("MONTH", "YEAR");
		assertThat(result).bodyJson()
			.extractingPath("$.posts[0].dateClaims[0].source.self")
			.asString()
			.startsWith("/api/v1/sources/");
		assertThat(result).bodyJson()
			.extractingPath("$.meetings[*].id")
			.asArray()
			.contains("spotak-receives-dyussenbayev-pilsen-2024");
	}

	@Test
	void listsAgreementsSignedAtMeetingsAttended() {
		assertThat(this.mvc.get().uri("/api/v1/officials/jan-lipavsky")).bodyJson()
			.extractingPath("$.agreements[*].id")
			.asArray()
			.contains("kz-cz-foreign-ministries-mou-2024");
	}

	@Test
	void detailRunsAFixedNumberOfStatements() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/officials/bakyt-dyussenbayev")).hasStatusOk();
		// the person with every list built as JSON by PostgreSQL
		assertThat(this.statements.count()).isEqualTo(1);
		// in autocommit: no BEGIN/COMMIT round trip
		assertThat(this.statements.transactions()).isZero();
	}

	@Test
	void listRunsOneDataStatementWithAllFilters() {
		this.statements.reset();
		assertThat(this.mvc.get()
			.uri("/api/v1/officials?country=KZ&postedTo=CZ&role=ambassador&organization=x&activeOn=2024-01-01&q=ambassador&size=200"))
			.hasStatusOk();
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void returns404ForUnknownOfficial() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/officials/nobody-at-all").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-found");
	}

	@Test
	void rejectsABadDateNamingActiveOn() {
		assertThat(this.mvc.get().uri("/api/v1/officials?activeOn=2024-13-01")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("activeOn");
	}

	@Test
	void rejectsACountryThatIsNotTwoLetters() {
		assertThat(this.mvc.get().uri("/api/v1/officials?country=KAZ")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("country");
	}

	@Test
	void rejectsOversizedPagesAndUnknownSortFields() {
		assertThat(this.mvc.get().uri("/api/v1/officials?size=201")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("size");
		assertThat(this.mvc.get().uri("/api/v1/officials?sort=born")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].name")
			.isEqualTo("sort");
	}

	private List<String> ids(String uri) throws Exception {
		return ids(this.mvc.get().uri(uri).exchange());
	}

	private static List<String> ids(MvcTestResult result) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].id");
	}

}
