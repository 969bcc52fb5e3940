package org.kzcz.relations.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Names the caller in the audit log: write services call {@link #stampTransaction()}
 * first, and the audit triggers read the name back in the same transaction.
 */
@Component
public class CurrentActor {

	private final JdbcClient jdbc;

	CurrentActor(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ApiKeyPrincipal principal) {
			return principal.actor();
		}
		return "system";
	}

	public void stampTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Stamp the actor inside the write transaction");
		}
		this.jdbc.sql("select set_config('app.actor', :actor, true)").param("actor", name()).query().singleValue();
	}

}
