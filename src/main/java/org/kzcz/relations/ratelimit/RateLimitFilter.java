package org.kzcz.relations.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.ProblemTypes;
import org.kzcz.relations.common.RequestIds;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies a token bucket per client to {@code /api/**} and reports it in
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}; an
 * empty bucket is answered 429 with {@code Retry-After}. Runs after Spring Security, so
 * an API key's own (higher) budget applies.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimitProperties properties;

	private final Map<String, Bucket> buckets;

	private final RateLimitMetrics metrics;

	RateLimitFilter(RateLimitProperties properties, RateLimitMetrics metrics) {
		this.properties = properties;
		this.metrics = metrics;
		this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > properties.maxTrackedClients();
			}
		});
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.properties.enabled() || !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean authenticated = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		long limit = authenticated ? this.properties.authenticatedPerMinute() : this.properties.anonymousPerMinute();
		String client = authenticated ? "key:" + authentication.getName() : "ip:" + request.getRemoteAddr();
		Bucket bucket = this.buckets.computeIfAbsent(client, (key) -> newBucket(limit));
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		response.setHeader("RateLimit-Limit", Long.toString(limit));
		response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
		response.setHeader("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		this.metrics.refused(authenticated);
		long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType("application/problem+json");
		response.getWriter()
			.write("{\"type\":\"" + ProblemTypes.TOO_MANY_REQUESTS
					+ "\",\"title\":\"Too many requests\",\"status\":429,"
					+ "\"detail\":\"This client used its budget of " + limit + " requests a minute; retry in "
					+ retryAfter + " s.\"" + RequestIds.jsonMember() + "}");
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
