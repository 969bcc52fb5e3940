package org.kzcz.relations.common.problems;

import java.util.List;

import org.kzcz.relations.common.problems.ApiProblemHandler.FieldError;

import org.springframework.http.HttpStatus;

/**
 * A request body that breaks its schema (a field of the wrong type, an unknown field, a
 * missing required value) when it is checked outside Spring MVC's own binding, as a merge
 * patch is; answered with 400 naming the fields.
 */
public class InvalidBodyException extends ApiException {

	public InvalidBodyException(List<FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_BODY, "Invalid request body", ProblemErrors.summary(errors),
				errors);
	}

}
