package org.kzcz.relations.common.metrics;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A counter with one tag whose values are known up front. Each is registered at once, so
 * a scrape shows zero before the first event rather than no series at all.
 */
public class TaggedCounter {

	private final Map<String, Counter> counters;

	protected TaggedCounter(MeterRegistry registry, String name, String description, String tag, String... values) {
		this.counters = Stream.of(values)
			.collect(Collectors.toUnmodifiableMap(Function.identity(),
					(value) -> Counter.builder(name).description(description).tag(tag, value).register(registry)));
	}

	/** Counts one event of the tag value given (one of those named up front). */
	protected void increment(String value) {
		this.counters.get(value).increment();
	}

}
