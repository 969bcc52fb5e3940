package org.kzcz.relations.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedPostgresServerTest {

	@TempDir
	Path dataDirectory;

	@Test
	void refusesADataDirectoryMadeByPostgres17AndLeavesItAsItWas() throws Exception {
		Files.writeString(this.dataDirectory.resolve("PG_VERSION"), "17\n");
		Files.createDirectories(this.dataDirectory.resolve("base/1"));
		Files.writeString(this.dataDirectory.resolve("base/1/1259"), "curated rows");
		List<Path> before = contents();

		assertThatExceptionOfType(EmbeddedPostgresVersionException.class)
			.isThrownBy(() -> EmbeddedPostgresServer.requireSameMajorVersion(this.dataDirectory))
			.withMessageContaining(this.dataDirectory + " was made by PostgreSQL 17")
			.withMessageContaining("embeds PostgreSQL 15");
		assertThat(contents()).isEqualTo(before);
		assertThat(this.dataDirectory.resolve("base/1/1259")).hasContent("curated rows");
	}

	@Test
	void acceptsAnEmptyOrMissingDirectoryAndOneOfItsOwnMajorVersion() throws Exception {
		assertThatCode(() -> EmbeddedPostgresServer.requireSameMajorVersion(this.dataDirectory.resolve("new")))
			.doesNotThrowAnyException();
		assertThatCode(() -> EmbeddedPostgresServer.requireSameMajorVersion(this.dataDirectory))
			.doesNotThrowAnyException();
		Files.writeString(this.dataDirectory.resolve("PG_VERSION"), EmbeddedPostgresServer.MAJOR_VERSION + "\n");
		assertThatCode(() -> EmbeddedPostgresServer.requireSameMajorVersion(this.dataDirectory))
			.doesNotThrowAnyException();
	}

	@Test
	void failureAnalysisTellsHowToKeepTheDataOrStartAfresh() {
		FailureAnalysis analysis = new EmbeddedPostgresVersionFailureAnalyzer().analyze(new IllegalStateException(
				"wrapped", new EmbeddedPostgresVersionException(Path.of("/srv/kzcz/.data/postgres"), "17", "15")));

		assertThat(analysis.getDescription()).contains("/srv/kzcz/.data/postgres was made by PostgreSQL 17")
			.contains("Nothing in it was changed");
		assertThat(analysis.getAction())
			.contains("PG_BIN=<its bin directory> ops/backup.sh --embedded /srv/kzcz/.data/postgres")
			.contains("postgresql-client-17")
			.contains("PostgreSQL 17 or newer server")
			.contains("APP_EMBEDDED_DB_FRESH=true");
	}

	@Test
	void bundledBinariesAreOfTheDeclaredMajorVersion() throws Exception {
		// The JVM's shared server when the suite runs on the embedded database; else one
		// of
		// its own.
		EmbeddedPostgresServer server = EmbeddedPostgresServer.startOnce(Files.createTempDirectory("kzcz-pg-"), false,
				0, LogFactory.getLog(EmbeddedPostgresServerTest.class));
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
				ResultSet rows = connection.createStatement().executeQuery("show server_version_num")) {
			rows.next();
			assertThat(rows.getInt(1) / 10000).hasToString(EmbeddedPostgresServer.MAJOR_VERSION);
		}
	}

	private List<Path> contents() throws Exception {
		try (Stream<Path> paths = Files.walk(this.dataDirectory)) {
			return paths.sorted().toList();
		}
	}

}
