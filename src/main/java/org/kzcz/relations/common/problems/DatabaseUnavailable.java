package org.kzcz.relations.common.problems;

import java.io.IOException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The 503 answer when the database cannot be reached, for filters that run before Spring
 * MVC's handler; every such answer, the handler's included, is counted here
 * ({@code api.database.unavailable}).
 */
@Component
public final class DatabaseUnavailable {

	static final String RETRY_AFTER_SECONDS = "5";

	private final Counter answered;

	private final FilterProblems problems;

	DatabaseUnavailable(MeterRegistry registry, FilterProblems problems) {
		this.problems = problems;
		this.answered = Counter.builder("api.database.unavailable")
			.description("Requests answered 503 because no database connection could be had "
					+ "(the database is down or unreachable, or the pool stayed exhausted)")
			.register(registry);
	}

	/**
	 * Whether the failure is the database being out of reach (no connection to be had, no
	 * transaction to be begun).
	 */
	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

	public void write(HttpServletResponse response) throws IOException {
		counted();
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		this.problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
				"Service unavailable", "The database is not reachable at the moment; retry shortly.");
	}

	/** Counts a 503 for the database that Spring MVC's side writes itself. */
	void counted() {
		this.answered.increment();
	}

}
