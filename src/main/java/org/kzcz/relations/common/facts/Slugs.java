package org.kzcz.relations.common.facts;

/**
 * The shape of the stable ids (slugs) every curated resource carries, as the schema
 * checks it.
 */
public final class Slugs {

	/** Lower-case words of letters and digits joined by single hyphens. */
	public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

	/** The message when a slug does not match {@link #PATTERN}. */
	public static final String MESSAGE = "must be lower-case letters and digits in words joined by single hyphens";

	private Slugs() {
	}

}
