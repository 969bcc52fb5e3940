package org.kzcz.relations.common;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Tells a lost database connection apart from a real fault, whatever wrapper Spring,
 * Hibernate or the driver put around it: SQLState class 08 (connection exception), 57P
 * (server shutting down), or an I/O failure.
 */
final class DatabaseFailures {

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
		}
		return false;
	}

}
