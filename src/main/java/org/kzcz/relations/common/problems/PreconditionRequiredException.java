package org.kzcz.relations.common.problems;

import org.springframework.http.HttpStatus;

/**
 * A change was sent without {@code If-Match} naming the version it edits; answered with
 * 428 so no edit can silently overwrite another.
 */
public class PreconditionRequiredException extends ApiException {

	public PreconditionRequiredException() {
		this("Send If-Match with the ETag from your last read of this resource.");
	}

	public PreconditionRequiredException(String message) {
		super(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED, "If-Match required", message);
	}

}
