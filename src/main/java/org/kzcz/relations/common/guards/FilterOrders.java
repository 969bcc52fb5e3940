package org.kzcz.relations.common.guards;

import org.springframework.core.Ordered;

/**
 * Where the filters that answer by themselves sit: right after Spring Security's filter
 * chain (order -100), so its headers (nosniff, X-Frame-Options) are on their answers too,
 * and before anything reads a body. The limits on the request line and headers come
 * first, so nothing else works on an oversized request.
 */
public final class FilterOrders {

	static final int AFTER_SECURITY = -100 + 1;

	static final int REQUEST_HEAD_LIMITS = AFTER_SECURITY;

	static final int ACCEPT_HEADER = AFTER_SECURITY + 1;

	static final int REQUEST_BODY_LIMIT = AFTER_SECURITY + 2;

	/**
	 * The innermost three, in this order: ETags and 304s, then the rate limits
	 * ({@code ratelimit.RateLimitFilter}, one less than the last), then the response
	 * cache, so a reused answer is still counted against the client's budget.
	 */
	public static final int DATA_VERSION = Ordered.LOWEST_PRECEDENCE - 2;

	public static final int RESPONSE_CACHE = Ordered.LOWEST_PRECEDENCE;

	private FilterOrders() {
	}

}
