package org.kzcz.relations.claims;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ClaimControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsNewestFirstWithUndatedClaimsLast() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/claims?size=200").exchange();
		assertThat(result).hasStatusOk();
		List<String> occurred = JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].occurredOn");
		assertThat(occurred).hasSize(28);
		assertThat(occurred.subList(0, 5)).doesNotContainNull().isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(occurred.subList(5, occurred.size())).containsOnlyNulls();
		assertThat(ids("/api/v1/claims?size=200")).contains("kazakh-visitors-to-czech-cities",
				"almaty-capital-until-1997", "editorial-charles-michel-european-council");
	}

	@Test
	void filtersByKindTopicCountrySourceAboutAndText() throws Exception {
		assertThat(ids("/api/v1/claims?kind=EDITORIAL&size=200")).isNotEmpty()
			.allMatch((id) -> id.startsWith("editorial-"));
		assertThat(ids("/api/v1/claims?topic=CULTURE")).containsExactlyInAnyOrder("kazakhstan-born-bold-campaign",
				"dimash-qudaibergen-concerts");
		assertThat(ids("/api/v1/claims?country=lv")).containsExactly("export-cargo-to-latvian-ports");
		assertThat(ids("/api/v1/claims?source=pilsen-region-ambassador-visit-2024"))
			.containsExactly("kazakhstan-as-trading-partner-per-pilsen-region");
		assertThat(ids("/api/v1/claims?about=/api/v1/organizations/altyn-dala-state-natural-reserve"))
			.containsExactlyInAnyOrder("altyn-dala-named-national-reserve", "altyn-dala-named-state-natural-reserve");
		assertThat(ids("/api/v1/claims?q=Liepaja")).containsExactly("export-cargo-to-latvian-ports");
		// a YEAR claim overlaps a range inside its year
		assertThat(ids("/api/v1/claims?from=1997-06-01&to=1997-06-30")).containsExactly("almaty-capital-until-1997");
	}

	@Test
	void editorialNotesCiteNoSourceAndEveryOtherClaimCitesOne() throws Exception {
		String body = this.mvc.get().uri("/api/v1/claims?size=200").exchange().getResponse().getContentAsString();
		List<Object> editorialSources = JsonPath.read(body, "$.items[?(@.kind == 'EDITORIAL')].sources[*]");
		List<Object> editorial = JsonPath.read(body, "$.items[?(@.kind == 'EDITORIAL')]");
		List<Object> uncited = JsonPath.read(body, "$.items[?(@.kind != 'EDITORIAL' && @.sources.length() == 0)]");
		assertThat(editorial).hasSize(10);
		assertThat(editorialSources).isEmpty();
		assertThat(uncited).isEmpty();
	}

	@Test
	void showsOneClaimWithItsNotesAndAnEtag() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/claims/przewalski-project-launch-discussed-2024").exchange();
		assertThat(result).hasStatusOk().headers().containsHeader(HttpHeaders.ETAG);
		assertThat(result).bodyJson().extractingPath("$.kind").isEqualTo("VARIANT");
		assertThat(result).bodyJson().extractingPath("$.occurredOn").isEqualTo("2024-10-21");
		assertThat(result).bodyJson().extractingPath("$.dateNote").asString().contains("no year");
		assertThat(result).bodyJson()
			.extractingPath("$.sources[0].id")
			.isEqualTo("astana-times-foreign-ministers-2024");
		assertThat(result).bodyJson()
			.extractingPath("$.about")
			.isEqualTo("/api/v1/projects/przewalski-horse-reintroduction");
		assertThat(this.mvc.get().uri("/api/v1/claims/przewalski-project-launch-discussed-2024/history")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.entries[0].state.kind")
			.isEqualTo("VARIANT");
	}

	@Test
	void answersProblemsForUnknownClaimsAndBadFilters() {
		MvcTestResult missing = this.mvc.get().uri("/api/v1/claims/no-such-claim").exchange();
		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		for (String bad : List.of("kind=RUMOUR", "topic=SPORT", "country=XYZ", "from=2024-13-01",
				"from=2025-01-01&to=2024-01-01", "sort=statement", "size=0")) {
			assertThat(this.mvc.get().uri("/api/v1/claims?" + bad)).as(bad)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void claimsAreFoundBySearchShownOnTheTimelineAndListedByTheirSource() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=Dimash")).bodyJson()
			.extractingPath("$.items[0].self")
			.isEqualTo("/api/v1/claims/dimash-qudaibergen-concerts");
		assertThat(this.mvc.get().uri("/api/v1/search?q=Kazakh+visitors&types=CLAIM")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains("kazakh-visitors-to-czech-cities");
		assertThat(this.mvc.get().uri("/api/v1/timeline?types=CLAIM&country=LV")).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly("export-cargo-to-latvian-ports");
		assertThat(this.mvc.get().uri("/api/v1/timeline?types=CLAIM&from=1997-01-01&to=1997-12-31")).bodyJson()
			.extractingPath("$.items[0].datePrecision")
			.isEqualTo("YEAR");
		assertThat(this.mvc.get().uri("/api/v1/sources/baimukhan-eu-interview-2022")).bodyJson()
			.extractingPath("$.citations.claims[*].id")
			.asArray()
			.contains("dimash-qudaibergen-concerts", "export-cargo-to-latvian-ports", "middle-corridor-challenges");
	}

	private List<String> ids(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].id");
	}

}
