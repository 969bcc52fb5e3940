package org.kzcz.relations.history;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Snapshot", description = "A resource's stored record as it stood at a past moment")
record SnapshotResponse(String resource, String id, Instant asOf, long revision, Instant changedAt, String actor,
		@Schema(description = "The resource as it stood then, in the API's terms",
				additionalProperties = Schema.AdditionalPropertiesValue.TRUE) Map<String, Object> state) {
}
