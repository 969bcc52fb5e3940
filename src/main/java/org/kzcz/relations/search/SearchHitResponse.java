package org.kzcz.relations.search;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "SearchHit", description = "One resource matching a search, best matches first")
record SearchHitResponse(SearchKind kind, @Schema(example = "przewalski-horse-reintroduction") String id,
		@Schema(description = "The title or name, plain text (not HTML-escaped)") String title,
		@Schema(description = "A short extract of the resource's text, HTML-escaped; only <mark> tags are markup: "
				+ "the matched words are between <mark> and </mark>",
				example = "Bringing <mark>Przewalski</mark> horses back to the steppe") String snippet,
		@Schema(description = "Relevance (PostgreSQL ts_rank); higher is better", example = "0.0607927") double rank,
		@Schema(example = "/api/v1/projects/przewalski-horse-reintroduction") String self) {
}
