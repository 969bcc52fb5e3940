package org.kzcz.relations.projects;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.facts.SourceRef;

@Schema(name = "Project", description = "A cooperation project in a list")
record ProjectResponse(@Schema(example = "przewalski-horse-reintroduction") String id, String name,
		ProjectStatus status, LocalDate startedOn, DatePrecision startedPrecision, OrganizationRef leadOrganization,
		@ArraySchema(arraySchema = @Schema(description = "Alpha-2 codes of the countries involved",
				example = "[\"CZ\", \"KZ\"]"), schema = @Schema(example = "CZ")) List<String> countries,
		@Schema(example = "/api/v1/projects/przewalski-horse-reintroduction") String self, List<SourceRef> sources) {

	static String self(String slug) {
		return "/api/v1/projects/" + slug;
	}

	@Schema(name = "ProjectOrganizationRef")
	record OrganizationRef(@Schema(example = "prague-zoo") String id, String name,
			@Schema(example = "/api/v1/organizations/prague-zoo") String self) {

		static OrganizationRef of(String slug, String name) {
			return (slug != null) ? new OrganizationRef(slug, name, "/api/v1/organizations/" + slug) : null;
		}

	}

}
