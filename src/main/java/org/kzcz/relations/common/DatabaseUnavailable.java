package org.kzcz.relations.common;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The 503 answer when the database cannot be reached, for filters that run before Spring
 * MVC's handler.
 */
final class DatabaseUnavailable {

	static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseUnavailable() {
	}

	static void write(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"" + ProblemTypes.SERVICE_UNAVAILABLE + "\",\"title\":\"Service unavailable\","
					+ "\"status\":503,\"detail\":\"The database is not reachable at the moment; retry shortly.\"}");
	}

}
