package org.kzcz.relations.common.problems;

import java.io.IOException;

/**
 * A request body over the documented limit; answered with 413. An IOException so it can
 * surface from inside the JSON reader.
 */
public class PayloadTooLargeException extends IOException {

	public PayloadTooLargeException(long limit) {
		super("Request bodies are limited to " + limit + " bytes.");
	}

}
