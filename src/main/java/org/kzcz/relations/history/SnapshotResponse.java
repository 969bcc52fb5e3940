package org.kzcz.relations.history;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Snapshot", description = "A resource's stored record as it stood at a past moment")
record SnapshotResponse(String resource, String id, Instant asOf, long revision, Instant changedAt, String actor,
		@Schema(description = "The stored record as it stood then",
				additionalProperties = Schema.AdditionalPropertiesValue.TRUE) Map<String, Object> state) {
}
