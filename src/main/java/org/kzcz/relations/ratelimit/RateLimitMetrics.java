package org.kzcz.relations.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts the requests refused with 429 ({@code api.rate.limited}), by kind of caller:
 * anonymous clients (by address) or API keys.
 */
@Component
class RateLimitMetrics {

	private final Counter anonymous;

	private final Counter key;

	RateLimitMetrics(MeterRegistry registry) {
		this.anonymous = counter(registry, "anonymous");
		this.key = counter(registry, "key");
	}

	private static Counter counter(MeterRegistry registry, String caller) {
		return Counter.builder("api.rate.limited")
			.description("Requests refused with 429 because the client spent its budget")
			.tag("caller", caller)
			.register(registry);
	}

	void refused(boolean authenticated) {
		(authenticated ? this.key : this.anonymous).increment();
	}

}
