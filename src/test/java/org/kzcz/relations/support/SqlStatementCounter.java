package org.kzcz.relations.support;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the application sends, whatever sends them (JPA, JdbcClient,
 * Flyway), by wrapping the DataSource. Tests reset it, make one request, and assert the
 * count stays small and fixed. It counts the transactions ended too (commit or rollback),
 * which a statement run in autocommit does not need.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter implements BeanPostProcessor {

	private final AtomicInteger count = new AtomicInteger();

	private final AtomicInteger transactions = new AtomicInteger();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource)
				.name("counted")
				.afterQuery((execution, queries) -> this.count.addAndGet(queries.size()))
				.afterMethod((execution) -> {
					String method = execution.getMethod().getName();
					if (execution.getTarget() instanceof Connection
							&& (method.equals("commit") || method.equals("rollback"))) {
						this.transactions.incrementAndGet();
					}
				})
				.build();
		}
		return bean;
	}

	public void reset() {
		this.count.set(0);
		this.transactions.set(0);
	}

	public int count() {
		return this.count.get();
	}

	/**
	 * The transactions ended (commits and rollbacks): each is a round trip of its own,
	 * which a read of one statement in autocommit does not pay.
	 */
	public int transactions() {
		return this.transactions.get();
	}

}
