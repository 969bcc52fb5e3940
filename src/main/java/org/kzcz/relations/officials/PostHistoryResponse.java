package org.kzcz.relations.officials;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "OfficialPostHistory",
		description = "Every recorded change of one post, oldest first; kept after deletion")
record PostHistoryResponse(@Schema(example = "bakyt-dyussenbayev") String official, @Schema(example = "12") long post,
		boolean deleted, List<Entry> entries) {

	@Schema(name = "OfficialPostHistoryEntry",
			description = "One recorded change: who, when, what, and the stored post after it (before it, for DELETE)")
	record Entry(@Schema(example = "42") long revision, @Schema(example = "UPDATE") String action, Instant changedAt,
			@Schema(example = "Jana (key 3)") String actor, Map<String, Object> state) {
	}

}
