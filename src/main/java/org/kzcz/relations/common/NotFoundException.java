package org.kzcz.relations.common;

/**
 * No resource of that kind has that id; answered with 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String resource, Object id) {
		super("No " + resource + " with id '" + id + "'");
	}

}
