package org.kzcz.relations.common.problems;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Tells a lost database connection apart from a real fault, whatever wrapper Spring,
 * Hibernate or the driver put around it: SQLState class 08 (connection exception), 57P
 * (server shutting down), an I/O failure, or a connection the pool had already closed.
 */
final class DatabaseFailures {

	private static final String CLOSED_BY_POOL = "Connection is closed";

	private DatabaseFailures() {
	}

	static boolean isConnectionLoss(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			if (cause instanceof IOException && cause.getClass().getName().startsWith("java.net")) {
				return true;
			}
			if (cause instanceof java.io.EOFException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& CLOSED_BY_POOL.equals(sql.getMessage())) {
				// Hikari closes a connection it has seen fail fatally; a rollback that
				// follows on it fails with this, and the original failure is lost.
				return true;
			}
		}
		return false;
	}

}
