package org.kzcz.relations.common.problems;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailuresTest {

	@Test
	void aRollbackOnAConnectionThePoolClosedAfterAFatalErrorIsAConnectionLoss() {
		// what the db-outage drill saw: the count after a page failed, then the rollback
		Exception rollback = new RuntimeException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed"));
		assertThat(DatabaseFailures.isConnectionLoss(rollback)).isTrue();
	}

	@Test
	void serverShutdownAndConnectionStatesAreConnectionLosses() {
		assertThat(DatabaseFailures.isConnectionLoss(new SQLException("terminating", "57P01"))).isTrue();
		assertThat(DatabaseFailures.isConnectionLoss(new SQLException("gone", "08006"))).isTrue();
	}

	@Test
	void otherDatabaseErrorsAreNot() {
		assertThat(DatabaseFailures.isConnectionLoss(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseFailures.isConnectionLoss(new SQLException("something else"))).isFalse();
	}

}
