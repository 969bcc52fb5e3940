package org.kzcz.relations.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.problems.FilterProblems;
import org.kzcz.relations.common.problems.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client: anonymous callers (and callers whose key was refused) by
 * address, curators by key. Each request taken is reported in {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset}; an empty bucket is answered
 * 429 with {@code Retry-After}.
 * <p>
 * The buckets live in a bounded Caffeine cache: concurrent (no lock shared by every
 * request), at most {@code maxTrackedClients} clients (the least useful dropped first),
 * and a bucket idle for a minute is dropped, since by then it has refilled and a new one
 * is the same. These budgets are per process: behind a load balancer with several
 * replicas the balancer enforces them (deploy/haproxy.cfg).
 */
@Component
class ClientBudgets {

	private final RateLimitProperties properties;

	private final FilterProblems problems;

	private final RateLimitMetrics metrics;

	private final Cache<String, Bucket> buckets;

	ClientBudgets(RateLimitProperties properties, FilterProblems problems, RateLimitMetrics metrics) {
		this.properties = properties;
		this.problems = problems;
		this.metrics = metrics;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.maxTrackedClients())
			.expireAfterAccess(Duration.ofMinutes(1))
			.build();
	}

	boolean enabled() {
		return this.properties.enabled();
	}

	/** Takes one request from the budget of the caller's address. */
	boolean admitAnonymous(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return admit("ip:" + request.getRemoteAddr(), this.properties.anonymousPerMinute(), response, false);
	}

	/** Takes one request from the budget of an API key. */
	boolean admitKey(String keyName, HttpServletResponse response) throws IOException {
		return admit("key:" + keyName, this.properties.authenticatedPerMinute(), response, true);
	}

	/**
	 * Takes one request from the client's budget.
	 * @return whether the request may go on; if not, the 429 is written
	 */
	private boolean admit(String client, long limit, HttpServletResponse response, boolean apiKey) throws IOException {
		Bucket bucket = this.buckets.get(client, (key) -> newBucket(limit));
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		response.setHeader("RateLimit-Limit", Long.toString(limit));
		response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
		response.setHeader("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
		if (probe.isConsumed()) {
			return true;
		}
		this.metrics.refused(apiKey);
		long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		this.problems.write(response, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests",
				"This client used its budget of " + limit + " requests a minute; retry in " + retryAfter + " s.");
		return false;
	}

	private static Bucket newBucket(long perMinute) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
	}

	private static long seconds(long nanos) {
		return (long) Math.ceil(nanos / (double) TimeUnit.SECONDS.toNanos(1));
	}

}
