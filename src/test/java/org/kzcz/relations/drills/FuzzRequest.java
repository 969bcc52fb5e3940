package org.kzcz.relations.drills;

import java.util.Map;

/**
 * One request the fuzzer sends. Path and query are already percent-encoded. A path
 * parameter of {@link #OWNED} stands for a resource the fuzzer created itself, and an
 * If-Match of {@link #ANY_VERSION} for {@code *} on such a resource (and for a version
 * that never matches on any other): both are resolved when the request is sent, so that
 * no fuzzed write can change a record other tests rely on.
 *
 * @param operation the document's operation, e.g. {@code GET /api/v1/meetings/{id}}
 * @param method the HTTP method
 * @param template the document's path template
 * @param path the encoded path; when it holds {@link #OWNED}, the request goes to a
 * resource the fuzzer created (or under one, for a create in a sub-collection)
 * @param query the encoded query string, or empty
 * @param headers request headers
 * @param contentType the body's content type, or null
 * @param body the body, or null
 */
record FuzzRequest(String operation, String method, String template, String path, String query,
		Map<String, String> headers, String contentType, byte[] body) {

	static final String OWNED = "__owned__";

	static final String ANY_VERSION = "__any_version__";

	String describe() {
		String shown = (this.body != null && this.body.length > 300)
				? new String(this.body, 0, 300, java.nio.charset.StandardCharsets.UTF_8) + "...(" + this.body.length
						+ " bytes)"
				: (this.body != null) ? new String(this.body, java.nio.charset.StandardCharsets.UTF_8) : "";
		String uri = this.path + (this.query.isEmpty() ? "" : "?" + this.query);
		if (uri.length() > 600) {
			uri = uri.substring(0, 600) + "...";
		}
		Map<String, String> shownHeaders = new java.util.LinkedHashMap<>();
		this.headers.forEach((name, value) -> shownHeaders.put(name,
				(value.length() > 80) ? value.substring(0, 80) + "..." : value));
		return this.method + " " + uri + " " + shownHeaders + ((this.contentType != null) ? " " + this.contentType : "")
				+ (shown.isEmpty() ? "" : " " + shown);
	}

}
