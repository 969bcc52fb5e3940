package org.kzcz.relations.common.problems;

import org.springframework.http.HttpStatus;

/**
 * The resource changed since the client read it (its {@code If-Match} names an older
 * version); answered 412.
 */
public class PreconditionFailedException extends ApiException {

	public PreconditionFailedException(String message) {
		super(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED, "Resource has changed", message);
	}

}
