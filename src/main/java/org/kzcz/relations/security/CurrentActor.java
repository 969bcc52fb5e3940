package org.kzcz.relations.security;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Names the caller in the audit log: every read-write transaction starts by setting
 * {@code app.actor}, which the audit triggers read back. It listens to the transaction
 * manager (Boot registers every {@link TransactionExecutionListener} bean with it), so no
 * write can forget it; read-only transactions cost nothing.
 */
@Component
class CurrentActor implements TransactionExecutionListener {

	private final DataSource dataSource;

	CurrentActor(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ApiKeyPrincipal principal) {
			return principal.actor();
		}
		return "system";
	}

	@Override
	public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
		if (beginFailure != null || transaction.isReadOnly() || !transaction.isNewTransaction()) {
			return;
		}
		// The connection the transaction just bound: set_config(..., true) lasts until it
		// ends.
		var connection = DataSourceUtils.getConnection(this.dataSource);
		try (var statement = connection.prepareStatement("select set_config('app.actor', ?, true)")) {
			statement.setString(1, name());
			statement.execute();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not name the actor of the transaction", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
