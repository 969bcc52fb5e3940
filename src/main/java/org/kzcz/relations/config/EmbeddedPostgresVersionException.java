package org.kzcz.relations.config;

import java.nio.file.Path;

/**
 * The embedded database's data directory was made by a major version of PostgreSQL other
 * than the bundled one; {@link EmbeddedPostgresVersionFailureAnalyzer} tells the user how
 * to move the data.
 */
class EmbeddedPostgresVersionException extends IllegalStateException {

	private final String dataDirectory;

	private final String found;

	EmbeddedPostgresVersionException(Path dataDirectory, String found, String bundled) {
		super("The embedded database's data directory " + dataDirectory + " was made by PostgreSQL " + found
				+ ", and the app embeds PostgreSQL " + bundled + ", which cannot open it");
		this.dataDirectory = dataDirectory.toString();
		this.found = found;
	}

	String dataDirectory() {
		return this.dataDirectory;
	}

	String found() {
		return this.found;
	}

}
