package org.kzcz.relations.drills;

import java.util.List;
import java.util.Map;

/**
 * Real values the fuzzer mixes in with hostile ones, so requests reach past parameter
 * binding: ids read from the list endpoints for reads, the fuzzer's own records for what
 * request bodies refer to, and one credential of each kind.
 *
 * @param ids existing ids by collection (e.g. {@code meetings}), read from the API
 * @param references slugs of the fuzzer's own records by kind ({@code source},
 * {@code organization}, {@code official}, {@code meeting}, {@code agreement},
 * {@code project}), for the references in request bodies
 * @param curatorKey a curator's API key
 * @param adminKey an admin's API key
 * @param revokedKey a revoked API key
 */
record FuzzPools(Map<String, List<String>> ids, Map<String, List<String>> references, String curatorKey,
		String adminKey, String revokedKey) {

	List<String> idsOf(String collection) {
		return this.ids.getOrDefault(collection, List.of());
	}

	List<String> referencesTo(String kind) {
		return this.references.getOrDefault(kind, List.of());
	}

}
