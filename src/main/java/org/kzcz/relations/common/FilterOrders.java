package org.kzcz.relations.common;

/**
 * Where the filters that answer by themselves sit: right after Spring Security's filter
 * chain (order -100), so its headers (nosniff, X-Frame-Options) are on their answers too,
 * and before anything reads a body.
 */
final class FilterOrders {

	static final int AFTER_SECURITY = -100 + 1;

	private FilterOrders() {
	}

}
