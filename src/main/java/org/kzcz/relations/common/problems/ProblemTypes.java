package org.kzcz.relations.common.problems;

import java.net.URI;

/**
 * Stable problem {@code type} URIs (RFC 9457). Relative, so they resolve against the
 * API's own host.
 */
public final class ProblemTypes {

	public static final URI NOT_FOUND = URI.create("/problems/not-found");

	public static final URI INVALID_PARAMETER = URI.create("/problems/invalid-parameter");

	public static final URI INVALID_BODY = URI.create("/problems/invalid-body");

	public static final URI BAD_REQUEST = URI.create("/problems/bad-request");

	public static final URI METHOD_NOT_ALLOWED = URI.create("/problems/method-not-allowed");

	public static final URI NOT_ACCEPTABLE = URI.create("/problems/not-acceptable");

	public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("/problems/unsupported-media-type");

	public static final URI CONFLICT = URI.create("/problems/conflict");

	public static final URI UNPROCESSABLE = URI.create("/problems/unprocessable");

	public static final URI UNAUTHORIZED = URI.create("/problems/unauthorized");

	public static final URI FORBIDDEN = URI.create("/problems/forbidden");

	public static final URI PRECONDITION_REQUIRED = URI.create("/problems/precondition-required");

	public static final URI PRECONDITION_FAILED = URI.create("/problems/precondition-failed");

	public static final URI PAYLOAD_TOO_LARGE = URI.create("/problems/payload-too-large");

	public static final URI URI_TOO_LONG = URI.create("/problems/uri-too-long");

	public static final URI HEADERS_TOO_LARGE = URI.create("/problems/request-header-fields-too-large");

	public static final URI TOO_MANY_REQUESTS = URI.create("/problems/too-many-requests");

	public static final URI SERVICE_UNAVAILABLE = URI.create("/problems/service-unavailable");

	public static final URI INTERNAL_ERROR = URI.create("/problems/internal-error");

	private ProblemTypes() {
	}

}
