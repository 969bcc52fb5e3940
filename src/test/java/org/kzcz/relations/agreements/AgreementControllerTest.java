package org.kzcz.relations.agreements;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
class AgreementControllerTest {

	private static final String MFA_MOU = "kz-cz-foreign-ministries-mou-2024";

	private static final String HORSE_MEMORANDUM = "przewalski-horse-memorandum-2023";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SqlStatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsLatestSignedFirstAndUnsignedLast() {
		List<String> signed = read("/api/v1/agreements?size=200", "$.items[*].signedOn");
		int firstUnsigned = signed.indexOf(null);
		assertThat(firstUnsigned).as("some agreement is unsigned").isPositive();
		assertThat(signed.subList(0, firstUnsigned)).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(signed.subList(firstUnsigned, signed.size())).containsOnlyNulls();
	}

	@Test
	void answersWhatWasSignedIn2024() {
		List<String> in2024 = ids("/api/v1/agreements?signedFrom=2024-01-01&signedTo=2024-12-31");
		assertThat(in2024).contains(MFA_MOU).doesNotContain(HORSE_MEMORANDUM, "eu-kz-visa-facilitation-agreement");
		List<String> dates = read("/api/v1/agreements?signedFrom=2024-01-01&signedTo=2024-12-31",
				"$.items[*].signedOn");
		assertThat(dates).allSatisfy((date) -> assertThat(date).startsWith("2024-"));
	}

	@Test
	void readsASigningDateOfLowerPrecisionAsItsWholePeriod() {
		// the horse memorandum is dated only to 2023: a range within that year may hold
		// it
		assertThat(ids("/api/v1/agreements?signedFrom=2023-06-01&signedTo=2023-06-30"))
			.containsExactly(HORSE_MEMORANDUM);
		// the ministries' memorandum is dated to the day
		assertThat(ids("/api/v1/agreements?signedFrom=2024-10-22")).doesNotContain(MFA_MOU);
		assertThat(ids("/api/v1/agreements?signedFrom=2024-10-21&signedTo=2024-10-21")).containsExactly(MFA_MOU);
	}

	@Test
	void filtersByPartyCountryInAnyCase() {
		List<List<String>> parties = read("/api/v1/agreements?country=eu&size=200", "$.items[*].partyCountries");
		assertThat(parties).isNotEmpty().allSatisfy((codes) -> assertThat(codes).contains("EU"));
		assertThat(ids("/api/v1/agreements?country=EU&size=200"))
			.isEqualTo(ids("/api/v1/agreements?country=eu&size=200"))
			.contains("eu-kz-visa-facilitation-agreement")
			.doesNotContain(MFA_MOU);
	}

	@Test
	void filtersByStatusAndKind() {
		assertThat(ids("/api/v1/agreements?status=PROPOSED&size=200")).contains("eu-kz-visa-facilitation-agreement")
			.doesNotContain(MFA_MOU);
		List<Map<String, String>> memoranda = read("/api/v1/agreements?kind=MEMORANDUM&status=SIGNED", "$.items");
		assertThat(memoranda).isNotEmpty().allSatisfy((item) -> {
			assertThat(item.get("kind")).isEqualTo("MEMORANDUM");
			assertThat(item.get("status")).isEqualTo("SIGNED");
		});
	}

	@Test
	void sortsBySigningDateEitherWayWithUnsignedLast() {
		List<String> ascending = read("/api/v1/agreements?sort=signedOn&size=200", "$.items[*].signedOn");
		List<String> descending = read("/api/v1/agreements?sort=-signedOn&size=200", "$.items[*].signedOn");
		assertThat(ascending.get(ascending.size() - 1)).isNull();
		assertThat(descending.get(descending.size() - 1)).isNull();
		List<String> signedAscending = new ArrayList<>(ascending.subList(0, ascending.indexOf(null)));
		assertThat(signedAscending).hasSizeGreaterThan(2).isSorted();
		assertThat(descending.subList(0, descending.indexOf(null))).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void sortsByTitle() {
		List<String> ascending = ids("/api/v1/agreements?sort=title&size=200");
		List<String> descending = ids("/api/v1/agreements?sort=title,desc&size=200");
		assertThat(ascending).hasSizeGreaterThan(2).isEqualTo(descending.reversed());
	}

	@Test
	void pagesCarryTotalsAndTheFilterInLinks() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/agreements?country=kz&size=1").exchange();
		int total = ids("/api/v1/agreements?country=kz&size=200").size();
		assertThat(total).isGreaterThan(1);
		assertThat(result).bodyJson().extractingPath("$.page.totalElements").isEqualTo(total);
		assertThat(result).bodyJson().extractingPath("$.page.totalPages").isEqualTo(total);
		assertThat(result).bodyJson()
			.extractingPath("$.links.next")
			.isEqualTo("/api/v1/agreements?country=kz&page=1&size=1");
	}

	@ParameterizedTest
	@CsvSource({ "signedFrom=2025-01-01&signedTo=2024-01-01, signedFrom", "signedFrom=2024-02-30, signedFrom",
			"signedTo=2024, signedTo", "status=RATIFIED, status", "kind=CONTRACT, kind", "size=500, size",
			"sort=parties, sort", "country=Kazakhstan, country" })
	void rejectsInvalidParametersNamingThem(String query, String parameter) {
		MvcTestResult result = this.mvc.get().uri("/api/v1/agreements?" + query).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo(parameter);
	}

	@Test
	void returns404ForUnknownAgreement() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/agreements/no-such-agreement").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("No agreement with id 'no-such-agreement'");
	}

	@Test
	void showsPartiesSignatoriesAndTheMeetingWhereItWasSigned() {
		String body = body("/api/v1/agreements/" + MFA_MOU);
		List<String> parties = JsonPath.read(body, "$.parties[*].country");
		assertThat(parties).contains("CZ", "KZ");
		List<String> organizations = JsonPath.read(body, "$.parties[*].organization.id");
		assertThat(organizations).containsExactlyInAnyOrder("ministry-of-foreign-affairs-of-czech-republic",
				"ministry-of-foreign-affairs-of-kazakhstan");
		assertThat((String) JsonPath.read(body, "$.meeting.id")).isEqualTo("lipavsky-nurtleu-talks-astana-2024");
		assertThat((String) JsonPath.read(body, "$.meeting.self"))
			.isEqualTo("/api/v1/meetings/lipavsky-nurtleu-talks-astana-2024");
	}

	@Test
	@Transactional
	void listsSignatoriesWhenRecorded() {
		// the sources name no signatory, so this test records two and rolls back
		this.jdbc.sql("""
				insert into agreement_signatory (agreement_id, person_id)
				select a.id, p.id from agreement a, person p
				where a.slug = :agreement and p.slug in ('jan-lipavsky', 'murat-nurtleu')
				""").param("agreement", MFA_MOU).update();
		String body = body("/api/v1/agreements/" + MFA_MOU);
		List<String> signatories = JsonPath.read(body, "$.signatories[*].personId");
		assertThat(signatories).containsExactly("jan-lipavsky", "murat-nurtleu");
		List<String> links = JsonPath.read(body, "$.signatories[*].self");
		assertThat(links).first().isEqualTo("/api/v1/officials/jan-lipavsky");
	}

	@Test
	void showsTheProjectsAnAgreementUnderpins() {
		List<String> projects = read("/api/v1/agreements/" + HORSE_MEMORANDUM, "$.projects[*].id");
		assertThat(projects).containsExactly("przewalski-horse-reintroduction");
	}

	@Test
	void listRunsOneDataStatementWhateverThePageSize() {
		this.statements.reset();
		assertThat(this.mvc.get().uri("/api/v1/agreements?size=200&country=kz")).hasStatusOk();
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void detailRunsAFixedNumberOfStatements() {
		for (String agreement : List.of(MFA_MOU, HORSE_MEMORANDUM, "eu-kz-visa-facilitation-agreement")) {
			this.statements.reset();
			assertThat(this.mvc.get().uri("/api/v1/agreements/" + agreement)).hasStatusOk();
			// the agreement with every list built as JSON by PostgreSQL
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
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
