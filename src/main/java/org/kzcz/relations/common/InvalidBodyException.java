package org.kzcz.relations.common;

import java.util.List;

import org.kzcz.relations.common.ApiProblemHandler.FieldError;

/**
 * A request body that breaks its schema (a field of the wrong type, an unknown field, a
 * missing required value) when it is checked outside Spring MVC's own binding, as a merge
 * patch is; answered with 400 naming the fields.
 */
public class InvalidBodyException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidBodyException(List<FieldError> errors) {
		super(ProblemErrors.summary(errors));
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> getErrors() {
		return this.errors;
	}

}
