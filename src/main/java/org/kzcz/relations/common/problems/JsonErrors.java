package org.kzcz.relations.common.problems;

import java.util.ArrayDeque;
import java.util.Deque;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Turns a JSON reading failure into the field it concerns and a message fit for a client
 * (no class names).
 */
public final class JsonErrors {

	/**
	 * How Jackson's parser words a repeated key under
	 * {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}; it has no exception type of
	 * its own.
	 */
	private static final String DUPLICATE_KEY = "Duplicate Object property";

	private JsonErrors() {
	}

	static String fieldOf(HttpMessageNotReadableException ex) {
		return (ex.getCause() instanceof JacksonException jackson) ? fieldOf(jackson) : null;
	}

	/**
	 * The dotted path (with [index] for list items) of the field a Jackson error
	 * concerns.
	 */
	public static String fieldOf(JacksonException jackson) {
		if (isDuplicateKey(jackson) && jackson.processor() instanceof JsonParser parser) {
			// The parser stopped on the repeated key itself: its context is the full
			// path.
			return pathOf(parser.streamReadContext());
		}
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

	public static String describe(JacksonException ex) {
		if (ex instanceof RejectedValueException) {
			return ex.getOriginalMessage();
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return "unknown field";
		}
		if (isDuplicateKey(ex)) {
			return "is given more than once (each key may appear once in an object)";
		}
		if (ex instanceof StreamConstraintsException) {
			return "is too long or too deeply nested";
		}
		return (fieldOf(ex) != null) ? "has a value of the wrong type or format" : "malformed JSON";
	}

	private static boolean isDuplicateKey(JacksonException ex) {
		return ex.getOriginalMessage() != null && ex.getOriginalMessage().startsWith(DUPLICATE_KEY);
	}

	private static String pathOf(TokenStreamContext context) {
		Deque<String> segments = new ArrayDeque<>();
		for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
			if (c.inObject() && c.currentName() != null) {
				segments.addFirst("." + c.currentName());
			}
			else if (c.inArray()) {
				segments.addFirst("[" + c.getCurrentIndex() + "]");
			}
		}
		String path = String.join("", segments);
		return path.startsWith(".") ? path.substring(1) : (path.isEmpty() ? null : path);
	}

}
