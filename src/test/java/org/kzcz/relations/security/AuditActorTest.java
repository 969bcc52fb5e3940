package org.kzcz.relations.security;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log names the caller of every read-write transaction, even a write that never
 * mentions the actor: the transaction manager sets it when the transaction begins.
 */
@IntegrationTest
class AuditActorTest {

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetTheCaller() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aWriteThatNeverNamesItsActorIsRecordedUnderTheCaller() {
		ApiKeyPrincipal curator = new ApiKeyPrincipal(9_999L, "audit test key", Role.CURATOR);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(curator, null, List.of()));
		String slug = "audit-actor-test-" + System.nanoTime();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.jdbc
			.sql("insert into source (slug, title, kind) values (:slug, 'Audit actor test', 'OTHER')")
			.param("slug", slug)
			.update());
		assertThat(actorOf(slug)).isEqualTo(curator.actor()).isNotEqualTo("postgres");
		new TransactionTemplate(this.transactions).executeWithoutResult(
				(status) -> this.jdbc.sql("delete from source where slug = :slug").param("slug", slug).update());
	}

	@Test
	void aReadOnlyTransactionSetsNoActor() {
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		String actor = readOnly.execute(
				(status) -> this.jdbc.sql("select current_setting('app.actor', true)").query(String.class).single());
		assertThat(actor).isNullOrEmpty();
	}

	private String actorOf(String slug) {
		return this.jdbc.sql("""
				select actor from audit_log where table_name = 'source' and row_data ->> 'slug' = :slug
				order by id desc limit 1
				""").param("slug", slug).query(String.class).single();
	}

}
