package org.kzcz.relations.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.DatabaseUnavailable;
import org.kzcz.relations.common.ProblemTypes;
import org.kzcz.relations.common.RequestIds;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes 400, 401, 403 and 503 problem bodies from filters, where the MVC exception
 * handler cannot reach, each naming its request ({@code requestId}).
 */
@Component
class ProblemResponses {

	static final URI UNAUTHORIZED = ProblemTypes.UNAUTHORIZED;

	static final URI FORBIDDEN = ProblemTypes.FORBIDDEN;

	static final URI BAD_REQUEST = ProblemTypes.BAD_REQUEST;

	private final JsonMapper json;

	private final DatabaseUnavailable databaseUnavailable;

	ProblemResponses(JsonMapper json, DatabaseUnavailable databaseUnavailable) {
		this.json = json;
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
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		RequestIds.addTo(problem);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
