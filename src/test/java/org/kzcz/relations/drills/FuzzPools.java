package org.kzcz.relations.drills;

import java.util.List;
import java.util.Map;

/**
 * Real values the fuzzer mixes in with hostile ones, so requests reach past parameter
 * binding: ids read from the list endpoints, source slugs for request bodies, and one
 * credential of each kind.
 *
 * @param ids existing ids by collection (e.g. {@code meetings}), read from the API
 * @param sourceSlugs existing source ids
 * @param curatorKey a curator's API key
 * @param adminKey an admin's API key
 * @param revokedKey a revoked API key
 */
record FuzzPools(Map<String, List<String>> ids, List<String> sourceSlugs, String curatorKey, String adminKey,
		String revokedKey) {

	List<String> idsOf(String collection) {
		return this.ids.getOrDefault(collection, List.of());
	}

}
