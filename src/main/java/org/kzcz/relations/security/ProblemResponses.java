package org.kzcz.relations.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.problems.DatabaseUnavailable;
import org.kzcz.relations.common.problems.FilterProblems;
import org.kzcz.relations.common.problems.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The security chain's 400, 401, 403 and 503 answers, written by {@link FilterProblems}
 * like every problem a filter answers with.
 */
@Component
class ProblemResponses {

	static final URI UNAUTHORIZED = ProblemTypes.UNAUTHORIZED;

	static final URI FORBIDDEN = ProblemTypes.FORBIDDEN;

	static final URI BAD_REQUEST = ProblemTypes.BAD_REQUEST;

	private final FilterProblems problems;

	private final DatabaseUnavailable databaseUnavailable;

	ProblemResponses(FilterProblems problems, DatabaseUnavailable databaseUnavailable) {
		this.problems = problems;
		this.databaseUnavailable = databaseUnavailable;
	}

	void unauthorized(HttpServletResponse response, String detail) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + ApiKeyAuthenticationFilter.HEADER + "\"");
		write(response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED, "Authentication required", detail);
	}

	void forbidden(HttpServletResponse response, String detail) throws IOException {
		write(response, HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden", detail);
	}

	void badRequest(HttpServletResponse response, String detail) throws IOException {
		write(response, HttpStatus.BAD_REQUEST, BAD_REQUEST, "Bad request", detail);
	}

	void databaseUnavailable(HttpServletResponse response) throws IOException {
		this.databaseUnavailable.write(response);
	}

	private void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail)
			throws IOException {
		this.problems.write(response, status, type, title, detail);
	}

}
