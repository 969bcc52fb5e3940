package org.kzcz.relations.claims;

/**
 * Where a claim comes from.
 */
enum ClaimKind {

	/** A fact its sources state. */
	STATEMENT,
	/** One source's version of a fact stored elsewhere, kept where sources disagree. */
	VARIANT,
	/**
	 * General knowledge the editors add to explain a stored fact; it cites no document.
	 */
	EDITORIAL

}
