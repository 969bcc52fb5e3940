package org.kzcz.relations.common;

/**
 * The credential is valid but its role may not do this; answered with 403.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
