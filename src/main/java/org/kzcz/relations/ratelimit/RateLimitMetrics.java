package org.kzcz.relations.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import org.kzcz.relations.common.metrics.TaggedCounter;

import org.springframework.stereotype.Component;

/**
 * Counts the requests refused with 429 ({@code api.rate.limited}), by kind of caller:
 * anonymous clients (by address) or API keys.
 */
@Component
class RateLimitMetrics extends TaggedCounter {

	RateLimitMetrics(MeterRegistry registry) {
		super(registry, "api.rate.limited", "Requests refused with 429 because the client spent its budget", "caller",
				"anonymous", "key");
	}

	void refused(boolean authenticated) {
		increment(authenticated ? "key" : "anonymous");
	}

}
