package org.kzcz.relations.support;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A curator's side of the write API in tests: requests carrying its key, with or without
 * If-Match, and the ETag of a fresh read.
 */
public final class Curator {

	private final MockMvcTester mvc;

	private final String key;

	public Curator(MockMvcTester mvc, String key) {
		this.mvc = mvc;
		this.key = key;
	}

	/** A curator with a new key of its own. */
	public static Curator create(MockMvcTester mvc) {
		return new Curator(mvc, TestKeys.curator(mvc));
	}

	public String key() {
		return this.key;
	}

	public MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).header("X-API-Key", this.key).exchange();
	}

	public MvcTestResult post(String uri, String json) {
		return json(this.mvc.post().uri(uri), MediaType.APPLICATION_JSON, json).exchange();
	}

	public MvcTestResult put(String uri, String ifMatch, String json) {
		return ifMatch(json(this.mvc.put().uri(uri), MediaType.APPLICATION_JSON, json), ifMatch).exchange();
	}

	/** A JSON merge patch (application/merge-patch+json). */
	public MvcTestResult patch(String uri, String ifMatch, String json) {
		return ifMatch(json(this.mvc.patch().uri(uri), MediaType.valueOf("application/merge-patch+json"), json),
				ifMatch)
			.exchange();
	}

	public MvcTestResult delete(String uri, String ifMatch) {
		return ifMatch(this.mvc.delete().uri(uri).header("X-API-Key", this.key), ifMatch).exchange();
	}

	/** The ETag of the resource as read now. */
	public String etag(String uri) {
		return get(uri).getResponse().getHeader("ETag");
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MockMvcRequestBuilder json(MockMvcRequestBuilder request, MediaType type, String json) {
		return request.header("X-API-Key", this.key).contentType(type).content(json);
	}

	private static MockMvcRequestBuilder ifMatch(MockMvcRequestBuilder request, String ifMatch) {
		return (ifMatch != null) ? request.header("If-Match", ifMatch) : request;
	}

}
