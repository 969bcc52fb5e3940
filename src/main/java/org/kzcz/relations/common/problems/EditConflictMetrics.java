package org.kzcz.relations.common.problems;

import io.micrometer.core.instrument.MeterRegistry;
import org.kzcz.relations.common.metrics.TaggedCounter;

import org.springframework.stereotype.Component;

/**
 * Counts the writes that lost an edit race and were answered 412
 * ({@code api.edit.conflicts}): by a stale {@code If-Match} ({@code detected=if-match}),
 * or by the version check at commit, when two writes of the same version overlapped
 * ({@code detected=commit}).
 */
@Component
class EditConflictMetrics extends TaggedCounter {

	EditConflictMetrics(MeterRegistry registry) {
		super(registry, "api.edit.conflicts", "Writes answered 412 because someone else changed the resource first",
				"detected", "if-match", "commit");
	}

	void lost(RuntimeException conflict) {
		increment((conflict instanceof PreconditionFailedException) ? "if-match" : "commit");
	}

}
