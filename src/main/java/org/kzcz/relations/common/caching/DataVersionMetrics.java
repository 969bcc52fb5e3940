package org.kzcz.relations.common.caching;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The data version (the counter every change to stored facts moves, and the ETags name)
 * as a gauge, {@code api.data.version}: the one kept in memory by {@link DataVersion}
 * (read from the database while its listener is not connected); NaN while the database is
 * out of reach. A record: it holds nothing but the version it reads.
 */
@Component
record DataVersionMetrics(DataVersion dataVersion) implements MeterBinder {

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("api.data.version", this, DataVersionMetrics::current)
			.description("The data version: moves with every change to stored facts")
			.register(registry);
	}

	private double current() {
		try {
			return this.dataVersion.current();
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
