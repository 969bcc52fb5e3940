package org.kzcz.relations.common.problems;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Reads which database constraint a write broke, from PostgreSQL's SQLState and message.
 */
final class ConstraintNames {

	private ConstraintNames() {
	}

	static boolean isUniqueViolation(DataIntegrityViolationException ex) {
		SQLException sql = sqlException(ex);
		return sql != null && "23505".equals(sql.getSQLState());
	}

	/**
	 * Whether PostgreSQL refused a text value it cannot store (a NUL character: SQLState
	 * 22021).
	 */
	static boolean isUnstorableText(DataIntegrityViolationException ex) {
		SQLException sql = sqlException(ex);
		return sql != null && "22021".equals(sql.getSQLState());
	}

	static String of(DataIntegrityViolationException ex) {
		SQLException sql = sqlException(ex);
		if (sql instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
			return psql.getServerErrorMessage().getConstraint();
		}
		return null;
	}

	private static SQLException sqlException(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				return sql;
			}
		}
		return null;
	}

}
