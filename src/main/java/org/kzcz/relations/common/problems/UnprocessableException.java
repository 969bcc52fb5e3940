package org.kzcz.relations.common.problems;

import java.util.List;

import org.kzcz.relations.common.problems.ApiProblemHandler.FieldError;

import org.springframework.http.HttpStatus;

/**
 * The request is well formed but breaks a rule across fields (an end before its start, a
 * post's organization in another country than it represents); answered with 422 naming
 * the fields.
 */
public class UnprocessableException extends ApiException {

	public UnprocessableException(List<FieldError> errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNPROCESSABLE, "Rule violated",
				ProblemErrors.summary(errors), errors);
	}

	public static UnprocessableException of(String field, String message) {
		return new UnprocessableException(List.of(new FieldError(field, message)));
	}

}
