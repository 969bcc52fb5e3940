package org.kzcz.relations.organizations;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.SourceRef;

@Schema(name = "Organization", description = "An organization in the relationship")
record OrganizationResponse(@Schema(example = "prague-zoo") String id, @Schema(example = "Prague Zoo") String name,
		OrganizationKind kind, @Schema(example = "CZ") String country, OrganizationRef parent,
		@Schema(example = "/api/v1/organizations/prague-zoo") String self, List<SourceRef> sources) {

	static String self(String slug) {
		return "/api/v1/organizations/" + slug;
	}

	@Schema(name = "OrganizationLink", description = "Another organization, by id and name")
	record OrganizationRef(@Schema(example = "ministry-of-foreign-affairs-of-kazakhstan") String id, String name,
			String self) {

		static OrganizationRef of(String slug, String name) {
			return (slug != null) ? new OrganizationRef(slug, name, OrganizationResponse.self(slug)) : null;
		}

	}

}
