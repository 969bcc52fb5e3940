package org.kzcz.relations.common.problems;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.guards.RequestIds;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem body (RFC 9457) from a servlet filter, where {@link ApiProblemHandler}
 * cannot reach, with the same JSON writer as every other answer, naming the request
 * ({@code requestId}); never cacheable. The one writer of every filter's problems.
 */
@Component
public class FilterProblems {

	private final JsonMapper json;

	FilterProblems(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail)
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
