package org.kzcz.relations.officials;

/**
 * Which end of a post a date claim is about.
 */
public enum DateClaimField {

	START, END

}
