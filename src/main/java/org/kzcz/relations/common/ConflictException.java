package org.kzcz.relations.common;

/**
 * The change would duplicate a natural key (a slug, a figure already stated); answered
 * with 409.
 */
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
