package org.kzcz.relations.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL inside the JVM when no datasource is configured, and points
 * {@code spring.datasource.*} at it, so the embedded, external and Docker set-ups share
 * one code path (Boot's own DataSource, Hikari and Flyway auto-configuration).
 * <p>
 * Settings: {@code app.embedded-db.enabled} (default true),
 * {@code app.embedded-db.data-dir} (empty: a throw-away temporary directory),
 * {@code app.embedded-db.fresh} (wipe the data directory first),
 * {@code app.embedded-db.port} (default 0: any free port) and
 * {@code app.embedded-db.stop-on-close} (stop with the application context; tests keep
 * one server per JVM).
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	private final Log log;

	public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty("app.embedded-db.enabled", Boolean.class, true)) {
			return;
		}
		EmbeddedPostgresServer server = EmbeddedPostgresServer.startOnce(dataDirectory(environment),
				environment.getProperty("app.embedded-db.fresh", Boolean.class, false),
				environment.getProperty("app.embedded-db.port", Integer.class, 0), this.log);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres", Map.of("spring.datasource.url", server.jdbcUrl(),
					"spring.datasource.username", "postgres", "spring.datasource.password", "")));
		if (environment.getProperty("app.embedded-db.stop-on-close", Boolean.class, true)) {
			// Registered before any other bean, so it is destroyed last: the connection
			// pool closes first,
			// and requests still draining during graceful shutdown keep their database.
			application
				.addInitializers((context) -> ((GenericApplicationContext) context).getDefaultListableBeanFactory()
					.registerDisposableBean("embeddedPostgresServer", server::stop));
		}
	}

	private static Path dataDirectory(ConfigurableEnvironment environment) {
		String configured = environment.getProperty("app.embedded-db.data-dir");
		if (StringUtils.hasText(configured)) {
			return Path.of(configured).toAbsolutePath();
		}
		try {
			return Files.createTempDirectory("kzcz-pg-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public int getOrder() {
		// After config data (application.properties, profiles) has been loaded.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
