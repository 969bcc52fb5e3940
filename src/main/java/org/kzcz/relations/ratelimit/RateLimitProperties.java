package org.kzcz.relations.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request budgets per minute.
 *
 * @param enabled whether limits apply at all
 * @param anonymousPerMinute budget of each anonymous client (by remote address)
 * @param authenticatedPerMinute budget of each API key
 * @param maxTrackedClients how many clients' buckets are kept; the least recently seen
 * are dropped first
 */
@ConfigurationProperties("app.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("600") long anonymousPerMinute,
		@DefaultValue("6000") long authenticatedPerMinute, @DefaultValue("100000") int maxTrackedClients) {
}
