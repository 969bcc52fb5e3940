package org.kzcz.relations.support;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Credentials for tests: the bootstrap admin key of the test profile, and curator keys it
 * creates.
 */
public final class TestKeys {

	public static final String ADMIN = "kzcz_test-admin-key-for-the-test-suite-only";

	private TestKeys() {
	}

	/** Creates a key with the given role through the admin API and returns its secret. */
	public static String create(MockMvcTester mvc, String role) {
		String body;
		try {
			body = mvc.post()
				.uri("/api/v1/admin/api-keys")
				.header("X-API-Key", ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"test " + role.toLowerCase() + "\",\"role\":\"" + role + "\"}")
				.exchange()
				.getResponse()
				.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		try {
			return JsonMapper.builder().build().readTree(body).path("secret").asString();
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Could not create a " + role + " key: " + body, ex);
		}
	}

	public static String curator(MockMvcTester mvc) {
		return create(mvc, "CURATOR");
	}

}
