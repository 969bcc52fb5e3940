package org.kzcz.relations.common;

/**
 * A request parameter a client got wrong; answered with 400 naming the parameter.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	public InvalidParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String getParameter() {
		return this.parameter;
	}

}
