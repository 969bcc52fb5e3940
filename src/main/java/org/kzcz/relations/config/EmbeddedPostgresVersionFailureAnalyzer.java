package org.kzcz.relations.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says, instead of a stack trace, why the app refused an embedded data directory of
 * another PostgreSQL major version and how to keep its data (registered in
 * META-INF/spring.factories).
 */
class EmbeddedPostgresVersionFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresVersionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresVersionException cause) {
		String dir = cause.dataDirectory();
		String found = cause.found();
		return new FailureAnalysis(cause.getMessage() + ". Nothing in it was changed.", """
				Either keep the data: run PostgreSQL %2$s on %1$s (the app's versions before the move to \
				PostgreSQL 15 embed 17: start one with APP_EMBEDDED_DB_DATA_DIR=%1$s), back it up with a \
				PostgreSQL %2$s client (postgresql-client-%2$s from apt.postgresql.org, or postgresql@%2$s in \
				Homebrew): PG_BIN=<its bin directory> ops/backup.sh --embedded %1$s, restore the backup into a \
				PostgreSQL %2$s or newer server (ops/restore.sh) and start this version of the app with \
				SPRING_DATASOURCE_URL pointing at it. Or start afresh from the seeds, losing the curators' \
				changes: move %1$s aside, or set APP_EMBEDDED_DB_FRESH=true, which deletes it. The README's \
				"Operating it" section has the details.""".formatted(dir, found), cause);
	}

}
