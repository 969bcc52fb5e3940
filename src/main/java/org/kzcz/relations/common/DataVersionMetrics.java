package org.kzcz.relations.common;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The data version (the counter every change to stored facts moves, and the ETags name)
 * as a gauge, {@code api.data.version}: read at each scrape with one primary-key read, so
 * it is current even when no request has read it; NaN while the database is out of reach.
 */
@Component
class DataVersionMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	DataVersionMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("api.data.version", this, DataVersionMetrics::current)
			.description("The data version: moves with every change to stored facts")
			.register(registry);
	}

	private double current() {
		try {
			return this.jdbc.sql("select version from data_version").query(Long.class).single();
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
