package org.kzcz.relations.common.problems;

import java.util.List;

import org.kzcz.relations.common.problems.ApiProblemHandler.FieldError;

import org.springframework.http.HttpStatus;

/** A request parameter a client got wrong; answered with 400 naming the parameter. */
public class InvalidParameterException extends ApiException {

	public InvalidParameterException(String parameter, String message) {
		super(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
				"Parameter '" + parameter + "' " + message, List.of(new FieldError(parameter, message)));
	}

}
