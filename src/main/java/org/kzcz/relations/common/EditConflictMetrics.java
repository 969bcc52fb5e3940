package org.kzcz.relations.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts the writes that lost an edit race and were answered 412
 * ({@code api.edit.conflicts}): by a stale {@code If-Match} ({@code detected=if-match}),
 * or by the version check at commit, when two writes of the same version overlapped
 * ({@code detected=commit}).
 */
@Component
class EditConflictMetrics {

	private final Counter staleIfMatch;

	private final Counter atCommit;

	EditConflictMetrics(MeterRegistry registry) {
		this.staleIfMatch = counter(registry, "if-match");
		this.atCommit = counter(registry, "commit");
	}

	private static Counter counter(MeterRegistry registry, String detected) {
		return Counter.builder("api.edit.conflicts")
			.description("Writes answered 412 because someone else changed the resource first")
			.tag("detected", detected)
			.register(registry);
	}

	void lost(RuntimeException conflict) {
		((conflict instanceof PreconditionFailedException) ? this.staleIfMatch : this.atCommit).increment();
	}

}
