package org.kzcz.relations.common.guards;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

import org.springframework.http.ProblemDetail;

/**
 * A request's id: the client's {@code X-Request-Id} when it is short and plain, otherwise
 * a new UUID. {@link RequestLogFilter} sends it back on every response and keeps it in
 * the MDC while the request runs, so every log line of the request names it; the problem
 * writers read it from there, since a filter that answers by itself holds only the
 * response.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	/** The MDC key, and so the field in structured (ECS) log lines. */
	public static final String MDC_KEY = "requestId";

	/** The problem body property. */
	public static final String PROPERTY = "requestId";

	/**
	 * Bounded and plain, so that a client cannot fill the logs or smuggle text into them,
	 * and the id can go into JSON without escaping.
	 */
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private RequestIds() {
	}

	/** The client's id when acceptable, a new one otherwise. */
	static String acceptOrCreate(String incoming) {
		return (incoming != null && ACCEPTABLE.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
	}

	/** The id of the request this thread is serving, or null outside a request. */
	public static String current() {
		return MDC.get(MDC_KEY);
	}

	/** Names the current request in a problem body (nothing outside a request). */
	public static ProblemDetail addTo(ProblemDetail problem) {
		String id = current();
		if (id != null) {
			problem.setProperty(PROPERTY, id);
		}
		return problem;
	}

}
