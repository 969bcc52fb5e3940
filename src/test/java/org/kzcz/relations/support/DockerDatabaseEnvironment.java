package org.kzcz.relations.support;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where a Docker engine answers, tests use the Testcontainers PostgreSQL 15 of
 * {@link TestcontainersConfiguration} instead of the embedded server: this switches the
 * embedded one off before it would start.
 */
public class DockerDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (Docker.isAvailable()) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("dockerDatabase", Map.of("app.embedded-db.enabled", "false")));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

}
