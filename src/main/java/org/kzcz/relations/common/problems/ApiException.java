package org.kzcz.relations.common.problems;

import java.net.URI;
import java.util.List;

import org.kzcz.relations.common.problems.ApiProblemHandler.FieldError;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A client's mistake that carries its own answer: status, problem type, title, detail and
 * (for bad input) the fields at fault. Spring MVC writes it as the problem body it holds,
 * so the one problem handler needs no case per class.
 */
public abstract class ApiException extends ErrorResponseException {

	protected ApiException(HttpStatus status, URI type, String title, String detail) {
		this(status, type, title, detail, List.of());
	}

	protected ApiException(HttpStatus status, URI type, String title, String detail, List<FieldError> errors) {
		super(status, body(status, type, title, detail, errors), null);
	}

	private static ProblemDetail body(HttpStatus status, URI type, String title, String detail,
			List<FieldError> errors) {
		ProblemDetail problem = ApiProblemHandler.problem(status, type, title, detail);
		return errors.isEmpty() ? problem : ProblemErrors.attach(problem, errors);
	}

	/** The detail written for the client. */
	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
