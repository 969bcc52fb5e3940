package org.kzcz.relations.common;

/**
 * A change was sent without {@code If-Match} naming the version it edits; answered with
 * 428 so no edit can silently overwrite another.
 */
public class PreconditionRequiredException extends RuntimeException {

	public PreconditionRequiredException() {
		this("Send If-Match with the ETag from your last read of this resource.");
	}

	public PreconditionRequiredException(String message) {
		super(message);
	}

}
