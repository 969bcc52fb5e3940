package org.kzcz.relations.common.problems;

import org.springframework.http.HttpStatus;

/** No resource of that kind has that id; answered with 404. */
public class NotFoundException extends ApiException {

	public NotFoundException(String resource, Object id) {
		super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Resource not found",
				"No " + resource + " with id '" + id + "'");
	}

}
