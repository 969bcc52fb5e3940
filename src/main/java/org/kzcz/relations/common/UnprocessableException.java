package org.kzcz.relations.common;

import java.util.List;

import org.kzcz.relations.common.ApiProblemHandler.FieldError;

/**
 * The request is well formed but breaks a rule across fields (an end before its start, a
 * post's organization in another country than it represents); answered with 422 naming
 * the fields.
 */
public class UnprocessableException extends RuntimeException {

	private final List<FieldError> errors;

	public UnprocessableException(List<FieldError> errors) {
		super(ProblemErrors.summary(errors));
		this.errors = List.copyOf(errors);
	}

	public static UnprocessableException of(String field, String message) {
		return new UnprocessableException(List.of(new FieldError(field, message)));
	}

	public List<FieldError> getErrors() {
		return this.errors;
	}

}
