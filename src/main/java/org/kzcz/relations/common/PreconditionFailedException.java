package org.kzcz.relations.common;

/**
 * The resource changed since the client read it (its {@code If-Match} names an older
 * version); answered 412.
 */
public class PreconditionFailedException extends RuntimeException {

	public PreconditionFailedException(String message) {
		super(message);
	}

}
