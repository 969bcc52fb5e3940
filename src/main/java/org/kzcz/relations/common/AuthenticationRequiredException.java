package org.kzcz.relations.common;

/**
 * The request needs a curator or admin credential and carried none, or a wrong one;
 * answered with 401.
 */
public class AuthenticationRequiredException extends RuntimeException {

	public AuthenticationRequiredException(String message) {
		super(message);
	}

}
