package org.kzcz.relations.common;

/**
 * Where the filters that answer by themselves sit: right after Spring Security's filter
 * chain (order -100), so its headers (nosniff, X-Frame-Options) are on their answers too,
 * and before anything reads a body. The limits on the request line and headers come
 * first, so nothing else works on an oversized request.
 */
final class FilterOrders {

	static final int AFTER_SECURITY = -100 + 1;

	static final int REQUEST_HEAD_LIMITS = AFTER_SECURITY;

	static final int ACCEPT_HEADER = AFTER_SECURITY + 1;

	static final int REQUEST_BODY_LIMIT = AFTER_SECURITY + 2;

	private FilterOrders() {
	}

}
