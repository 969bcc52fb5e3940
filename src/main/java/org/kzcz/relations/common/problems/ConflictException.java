package org.kzcz.relations.common.problems;

import java.util.List;

import org.kzcz.relations.common.problems.ApiProblemHandler.FieldError;

import org.springframework.http.HttpStatus;

/**
 * The change would duplicate a natural key (a slug, a figure already stated) or is
 * refused while other records depend on it; answered with 409, naming the field when
 * there is one.
 */
public class ConflictException extends ApiException {

	public ConflictException(String field, String message) {
		super(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", message,
				(field != null) ? List.of(new FieldError(field, message)) : List.of());
	}

}
