package org.kzcz.relations.officials;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.common.facts.SourceRef;

@Schema(name = "Official", description = "A person in the relationship, with the titles of the posts held today")
record OfficialResponse(@Schema(example = "bakyt-dyussenbayev") String id,
		@Schema(example = "Bakyt Dyussenbayev") String name, @Schema(example = "H.E.") String honorific,
		@Schema(example = "KZ") String country,
		@ArraySchema(
				arraySchema = @Schema(
						description = "Titles of the posts held today (started, no end, not marked ended)",
						example = "[\"Ambassador of Kazakhstan to the Czech Republic\"]"),
				schema = @Schema(example = "Ambassador of Kazakhstan to the Czech Republic")) List<String> currentPosts,
		@Schema(example = "/api/v1/officials/bakyt-dyussenbayev") String self, List<SourceRef> sources) {

	static String self(String slug) {
		return "/api/v1/officials/" + slug;
	}

}
