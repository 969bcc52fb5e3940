package org.kzcz.relations.history;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One recorded change: who, when, what, and the record as it was after it")
record HistoryEntry(@Schema(example = "42") long revision, @Schema(example = "UPDATE") String action, Instant changedAt,
		@Schema(example = "Jana (key 3)") String actor,
		@Schema(description = "The resource after the change (before it, for DELETE), in the API's terms",
				additionalProperties = Schema.AdditionalPropertiesValue.TRUE) Map<String, Object> state) {
}
