package org.kzcz.relations.drills;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes the next connection requests fail as a pool that cannot reach the database does
 * (after its connection timeout), so a drill can see what one request gets during an
 * outage without stopping the shared database.
 */
@TestConfiguration(proxyBeanMethods = false)
class DatabaseOutage implements BeanPostProcessor {

	private final AtomicInteger failures = new AtomicInteger();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof FailingDataSource)) {
			return new FailingDataSource(dataSource, this.failures);
		}
		return bean;
	}

	/** The next {@code count} connection requests fail. */
	void failNextConnections(int count) {
		this.failures.set(count);
	}

	/** Ends the outage at once. */
	void end() {
		this.failures.set(0);
	}

	private static final class FailingDataSource extends DelegatingDataSource {

		private final AtomicInteger failures;

		FailingDataSource(DataSource target, AtomicInteger failures) {
			super(target);
			this.failures = failures;
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (this.failures.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				throw new SQLTransientConnectionException("drill: connection is not available, request timed out");
			}
			return super.getConnection();
		}

	}

}
