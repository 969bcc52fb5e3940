package org.kzcz.relations.agreements;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.caching.ResourceVersions;
import org.kzcz.relations.common.facts.SourceRef;

@Schema(name = "AgreementDetail", description = """
		An agreement with its parties, where and when it was signed (and at which meeting), who signed it and \
		the projects it underpins.""")
record AgreementDetailResponse(@Schema(example = "przewalski-horse-memorandum-2023") String id, String title,
		AgreementKind kind, AgreementStatus status, LocalDate signedOn, DatePrecision signedPrecision,
		String signedCity, String signedCountry, String summary, String self,
		@Schema(description = "Version of the stored agreement; the ETag carries it for If-Match",
				example = "3") long version,
		List<Party> parties, @Schema(description = "The meeting where it was signed, when known") MeetingRef meeting,
		List<Signatory> signatories, List<ProjectRef> projects,
		List<SourceRef> sources) implements ResourceVersions.Versioned {

	@Schema(name = "AgreementParty", description = "A party: a country, acting through one of its organizations or not")
	record Party(@Schema(example = "CZ") String country, @Schema(example = "Czech Republic") String countryName,
			OrganizationRef organization) {
	}

	@Schema(name = "AgreementOrganizationRef")
	record OrganizationRef(@Schema(example = "prague-zoo") String id, String name, String self) {

		static OrganizationRef of(String slug, String name) {
			return (slug != null) ? new OrganizationRef(slug, name, "/api/v1/organizations/" + slug) : null;
		}

	}

	@Schema(name = "AgreementMeetingRef")
	record MeetingRef(@Schema(example = "fiala-visit-kazakhstan-2023") String id, String title, LocalDate startDate,
			DatePrecision datePrecision, String self) {
	}

	@Schema(name = "AgreementSignatory")
	record Signatory(@Schema(example = "jan-lipavsky") String personId, String name, String self) {
	}

	@Schema(name = "AgreementProjectRef", description = "A cooperation project the agreement underpins")
	record ProjectRef(@Schema(example = "przewalski-horse-reintroduction") String id, String name,
			@Schema(example = "ACTIVE") String status, String self) {
	}

}
