package org.kzcz.relations.common.caching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.guards.FilterOrders;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the encoded answers to public GETs in memory, keyed by the data version and the
 * request as the ETag names it (path, query string, Accept), so a question asked again
 * before the data changes costs no statement, no analysis and no JSON writing. Only what
 * the ETag already promises is reused: an answer is a function of the data version and
 * the request, which is why {@link DataVersionCachingFilter} can answer 304 without
 * asking the database. When the version moves, every kept answer is dropped at once.
 * <p>
 * It runs innermost, after the security chain, the rate limits and
 * {@link DataVersionCachingFilter}, so a reused answer is still authorized, still counted
 * against the client's budget and carries its own request id; it keeps only the headers
 * the handler wrote (content type, ETag, Content-Disposition, ...), and only 200 answers
 * to anonymous callers.
 */
@Component
@Order(FilterOrders.RESPONSE_CACHE)
class ResponseCacheFilter extends OncePerRequestFilter implements MeterBinder {

	private final ResponseCacheProperties properties;

	private final Cache<Key, Answer> answers;

	private final AtomicLong version = new AtomicLong(-1);

	ResponseCacheFilter(ResponseCacheProperties properties) {
		this.properties = properties;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(Math.max(1, properties.maxSize().toBytes()))
			.weigher((Key key, Answer answer) -> key.weight() + answer.weight())
			.recordStats()
			.build();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.answers, "api.responses");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.properties.enabled() || !"GET".equals(request.getMethod())
				|| request.getAttribute(DataVersionCachingFilter.DATA_VERSION_ATTRIBUTE) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long current = (Long) request.getAttribute(DataVersionCachingFilter.DATA_VERSION_ATTRIBUTE);
		keepOnly(current);
		Key key = new Key(current, request.getRequestURI(), request.getQueryString(),
				request.getHeader(HttpHeaders.ACCEPT));
		Answer kept = this.answers.getIfPresent(key);
		if (kept != null) {
			kept.route().ifPresent((route) -> matched(request, route));
			kept.writeTo(response);
			return;
		}
		Map<String, List<String>> before = headers(response);
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && !request.isAsyncStarted()
				&& wrapper.getContentSize() <= this.properties.maxEntrySize().toBytes()
				&& !response.containsHeader(HttpHeaders.SET_COOKIE)) {
			this.answers.put(key, Answer.of(wrapper, before,
					(String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)));
		}
		wrapper.copyBodyToResponse();
	}

	/**
	 * What Spring MVC records when it matches a route, so the access log and the
	 * {@code http.server.requests} metric name the route of an answer from memory too.
	 */
	private static void matched(HttpServletRequest request, String route) {
		request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, route);
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((context) -> context.setPathPattern(route));
	}

	/**
	 * Answers of another data version are never asked for again: once the version moves
	 * (forward with a write, or anywhere after a restore), every other one is dropped.
	 * Correctness does not rest on this sweep (the version is part of every key, and
	 * ops/restore.sh never brings a version number back); it frees the memory. A request
	 * still carrying the version read just before a write may sweep once more; that costs
	 * a scan, never a wrong answer.
	 */
	private void keepOnly(long current) {
		long previous = this.version.getAndSet(current);
		if (previous != -1 && previous != current) {
			this.answers.asMap().keySet().removeIf((key) -> key.version() != current);
		}
	}

	private static Map<String, List<String>> headers(HttpServletResponse response) {
		Map<String, List<String>> headers = new HashMap<>();
		for (String name : response.getHeaderNames()) {
			headers.put(name, List.copyOf(response.getHeaders(name)));
		}
		return headers;
	}

	private record Key(long version, String path, String query, String accept) {

		int weight() {
			return 64 + 2 * (this.path.length() + length(this.query) + length(this.accept));
		}

		private static int length(String text) {
			return (text != null) ? text.length() : 0;
		}

	}

	/** What the handler wrote: content type, its own headers, the body. */
	private record Answer(String contentType, Map<String, List<String>> headers, byte[] body, Optional<String> route) {

		static Answer of(ContentCachingResponseWrapper written, Map<String, List<String>> before, String route) {
			Map<String, List<String>> own = new HashMap<>();
			for (String name : written.getHeaderNames()) {
				List<String> values = List.copyOf(written.getHeaders(name));
				if (!values.equals(before.get(name))) {
					own.put(name, values);
				}
			}
			return new Answer(written.getContentType(), Map.copyOf(own), written.getContentAsByteArray(),
					Optional.ofNullable(route));
		}

		void writeTo(HttpServletResponse response) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			if (this.contentType != null) {
				response.setContentType(this.contentType);
			}
			this.headers.forEach((name, values) -> set(response, name, values));
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

		private static void set(HttpServletResponse response, String name, Collection<String> values) {
			List<String> list = new ArrayList<>(values);
			response.setHeader(name, list.isEmpty() ? null : list.get(0));
			for (int i = 1; i < list.size(); i++) {
				response.addHeader(name, list.get(i));
			}
		}

		int weight() {
			int weight = 64 + this.body.length;
			for (Map.Entry<String, List<String>> header : this.headers.entrySet()) {
				weight += 2 * header.getKey().length();
				for (String value : header.getValue()) {
					weight += 2 * value.length();
				}
			}
			return weight;
		}

	}

}
