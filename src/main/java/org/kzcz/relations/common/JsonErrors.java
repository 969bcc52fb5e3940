package org.kzcz.relations.common;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Turns a JSON reading failure into the field it concerns and a message fit for a client
 * (no class names).
 */
final class JsonErrors {

	private JsonErrors() {
	}

	static String fieldOf(HttpMessageNotReadableException ex) {
		return (ex.getCause() instanceof JacksonException jackson) ? fieldOf(jackson) : null;
	}

	/**
	 * The dotted path (with [index] for list items) of the field a Jackson error
	 * concerns.
	 */
	static String fieldOf(JacksonException jackson) {
		if (!jackson.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (JacksonException.Reference reference : jackson.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			return path.isEmpty() ? null : path.toString();
		}
		return null;
	}

	static String describe(HttpMessageNotReadableException ex) {
		return (ex.getCause() instanceof JacksonException jackson) ? describe(jackson)
				: "the request body is missing or not readable JSON";
	}

	static String describe(JacksonException ex) {
		if (ex instanceof RejectedValueException) {
			return ex.getOriginalMessage();
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return "unknown field";
		}
		if (ex instanceof StreamConstraintsException) {
			return "is too long or too deeply nested";
		}
		return (fieldOf(ex) != null) ? "has a value of the wrong type or format" : "malformed JSON";
	}

}
