package org.kzcz.relations.organizations;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.caching.ResourceVersions;
import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.organizations.OrganizationResponse.OrganizationRef;

@Schema(name = "OrganizationDetail", description = """
		An organization with where it is active, who held posts there, the projects it takes part in and the \
		meetings it hosted or was visited at""")
record OrganizationDetailResponse(@Schema(example = "skoda-transportation") String id, String name,
		OrganizationKind kind, @Schema(example = "CZ") String country, String description, OrganizationRef parent,
		List<OrganizationRef> parts, String self,
		@Schema(description = "The stored version; send it back in If-Match (the ETag) to change the organization",
				example = "0") long version,
		List<SourceRef> sources, List<Engagement> engagements, List<PostHolder> people, List<ProjectRole> projects,
		List<MeetingRole> meetings) implements ResourceVersions.Versioned {

	@Schema(name = "OrganizationEngagement", description = "Where the organization is active, and how")
	record Engagement(EngagementKind kind, @Schema(example = "KZ") String country, String description,
			List<SourceRef> sources) {
	}

	@Schema(name = "OrganizationPostHolder", description = "Someone who held a post in the organization")
	record PostHolder(@Schema(example = "bakyt-dyussenbayev") String id, String name, String role, String roleKind,
			String representsCountry, String postedToCountry, LocalDate startDate, DatePrecision startPrecision,
			LocalDate endDate, DatePrecision endPrecision, boolean ended, String self) {
	}

	@Schema(name = "OrganizationProjectRole", description = "A project the organization leads or partners")
	record ProjectRole(@Schema(example = "przewalski-horse-reintroduction") String id, String name, String status,
			@Schema(description = "COORDINATOR, PARTNER, OPERATOR, POTENTIAL_PARTNER, SITE, or LEAD for the lead "
					+ "organization not otherwise listed", example = "COORDINATOR") String role,
			String self) {
	}

	@Schema(name = "OrganizationMeetingRole",
			description = "A meeting the organization hosted, organized or was visited at")
	record MeetingRole(@Schema(example = "dyussenbayev-visits-skoda-transportation-2024") String id, String title,
			LocalDate date, DatePrecision datePrecision, String status, @Schema(example = "VISITED") String role,
			String self) {
	}

}
