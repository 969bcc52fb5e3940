package org.kzcz.relations.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiKeyServiceTest {

	@Autowired
	ApiKeyRepository keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * Three instances started together, each with the same configured bootstrap key: one
	 * stores it, the others find it (without the lock, two would insert it and fail on
	 * its unique hash).
	 */
	@Test
	void instancesStartingTogetherStoreTheBootstrapAdminKeyOnce() throws Exception {
		String secret = "kzcz_race-" + UUID.randomUUID();
		String hash = ApiKeyHashes.hash(secret);
		CyclicBarrier together = new CyclicBarrier(3);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		try (ExecutorService instances = Executors.newFixedThreadPool(3)) {
			List<Future<?>> starts = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				starts.add(instances.submit(() -> {
					ApiKeyService instance = new ApiKeyService(this.keys, this.jdbc, secret);
					together.await();
					transaction.executeWithoutResult((status) -> instance.bootstrapAdmin());
					return null;
				}));
			}
			for (Future<?> start : starts) {
				start.get();
			}
		}
		try {
			assertThat(this.jdbc.sql("select count(*) from api_key where key_hash = :hash and role = 'ADMIN'")
				.param("hash", hash)
				.query(Integer.class)
				.single()).isEqualTo(1);
		}
		finally {
			this.jdbc.sql("delete from api_key where key_hash = :hash").param("hash", hash).update();
		}
	}

}
