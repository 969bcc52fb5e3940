package org.kzcz.relations.common.problems;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that is well formed but that the API refuses while reading it (text it
 * could not store, a list or number beyond its bounds). Its message is written for the
 * client; Jackson adds the path of the field as the exception leaves each object and
 * list.
 */
public final class RejectedValueException extends MismatchedInputException {

	public RejectedValueException(JsonParser parser, Class<?> type, String message) {
		super(parser, message, type);
	}

}
