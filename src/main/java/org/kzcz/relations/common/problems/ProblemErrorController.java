package org.kzcz.relations.common.problems;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container forwards to when something fails outside Spring MVC (an
 * exception escaping a filter, a {@code sendError}): a problem like every other error, in
 * place of Spring Boot's own error body. The database being out of reach is a 503 here
 * too.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	private final DatabaseUnavailable databaseUnavailable;

	ProblemErrorController(DatabaseUnavailable databaseUnavailable) {
		this.databaseUnavailable = databaseUnavailable;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof Throwable throwable && DatabaseUnavailable.causedBy(throwable)) {
			this.databaseUnavailable.counted();
			return respond(
					ApiProblemHandler.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
							"Service unavailable", "The database is not reachable at the moment; retry shortly."),
					DatabaseUnavailable.RETRY_AFTER_SECONDS);
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null
				&& HttpStatus.resolve(value).isError()) ? HttpStatus.resolve(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		ProblemDetail problem = switch (status) {
			case NOT_FOUND ->
				ApiProblemHandler.problem(status, ProblemTypes.NOT_FOUND, "Not found", "No such resource.");
			case BAD_REQUEST ->
				ApiProblemHandler.problem(status, ProblemTypes.BAD_REQUEST, "Bad request", "The request is malformed.");
			case INTERNAL_SERVER_ERROR -> ApiProblemHandler.problem(status, ProblemTypes.INTERNAL_ERROR,
					"Internal error", "Something went wrong on our side.");
			default -> ApiProblemHandler.problem(status, java.net.URI.create("/problems/http-" + status.value()),
					status.getReasonPhrase(), null);
		};
		return respond(problem, null);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, String retryAfter) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.cacheControl(CacheControl.noStore());
		if (retryAfter != null) {
			response.header(HttpHeaders.RETRY_AFTER, retryAfter);
		}
		return response.body(problem);
	}

}
