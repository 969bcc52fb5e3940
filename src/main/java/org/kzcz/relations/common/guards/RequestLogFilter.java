package org.kzcz.relations.common.guards;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.problems.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What every request leaves behind for an operator: its id ({@link RequestIds}) on the
 * response and in the MDC, and one access-log line when it ends (method, route template,
 * status, duration, client address, API key id). Runs first, before Spring Security's
 * chain (order -100), so the 401, 403 and 400 answers written there carry the id and are
 * logged too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLogFilter extends OncePerRequestFilter {

	/** Route of requests that no handler mapping matched. */
	static final String UNMATCHED = "unmatched";

	private static final String ID_ATTRIBUTE = RequestLogFilter.class.getName() + ".id";

	private static final String KEY_ID_ATTRIBUTE = RequestLogFilter.class.getName() + ".keyId";

	// SLF4J rather than commons-logging: its key-value pairs become fields of structured
	// (ECS) log lines, while the message stays readable on a console.
	private static final Logger log = LoggerFactory.getLogger(RequestLogFilter.class);

	/**
	 * Names the API key a request authenticated with (its id, never the secret), for the
	 * access-log line; the security context is gone by the time the line is written.
	 */
	public static void noteApiKey(HttpServletRequest request, long keyId) {
		request.setAttribute(KEY_ID_ATTRIBUTE, keyId);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// The container's error dispatch (ProblemErrorController) belongs to the same
		// request: same id on the answer, in the MDC and in the problem body.
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			String id = (String) request.getAttribute(ID_ATTRIBUTE);
			withId((id != null) ? id : RequestIds.acceptOrCreate(null), response,
					() -> chain.doFilter(request, response));
			return;
		}
		String id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
		request.setAttribute(ID_ATTRIBUTE, id);
		withId(id, response, () -> {
			long start = System.nanoTime();
			Throwable failure = null;
			try {
				chain.doFilter(request, response);
			}
			catch (IOException | ServletException | RuntimeException | Error ex) {
				failure = ex;
				throw ex;
			}
			finally {
				logAccess(request, response, failure, System.nanoTime() - start);
			}
		});
	}

	private static void withId(String id, HttpServletResponse response, Chain chain)
			throws ServletException, IOException {
		response.setHeader(RequestIds.HEADER, id);
		MDC.put(RequestIds.MDC_KEY, id);
		try {
			chain.proceed();
		}
		finally {
			MDC.remove(RequestIds.MDC_KEY);
		}
	}

	private static void logAccess(HttpServletRequest request, HttpServletResponse response, Throwable failure,
			long nanos) {
		if (!log.isInfoEnabled()) {
			return;
		}
		// An exception that escaped every filter is answered by the container's error
		// page after this filter returns: 503 for the database, 500 otherwise.
		int status = (failure == null) ? response.getStatus() : DatabaseUnavailable.causedBy(failure) ? 503 : 500;
		String route = route(request);
		long millis = nanos / 1_000_000;
		Object keyId = request.getAttribute(KEY_ID_ATTRIBUTE);
		LoggingEventBuilder line = log.atInfo()
			.addKeyValue("http.request.method", request.getMethod())
			.addKeyValue("http.route", route)
			.addKeyValue("http.response.status_code", status)
			.addKeyValue("event.duration_ms", millis)
			.addKeyValue("client.address", request.getRemoteAddr());
		if (keyId != null) {
			line = line.addKeyValue("api_key.id", keyId);
		}
		line.log("{} {} {} {} ms client={} key={}", request.getMethod(), route, status, millis, request.getRemoteAddr(),
				(keyId != null) ? keyId : "-");
	}

	/**
	 * The route template Spring MVC matched ({@code /api/v1/meetings/{id}}), never the
	 * raw path, so a log search by route works and ids stay out of it; {@code unmatched}
	 * when nothing did, including the catch-all of static resources.
	 */
	static String route(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return (pattern instanceof String template && !template.equals("/**")) ? template : UNMATCHED;
	}

	@FunctionalInterface
	private interface Chain {

		void proceed() throws ServletException, IOException;

	}

}
