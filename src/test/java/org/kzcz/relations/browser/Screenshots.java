package org.kzcz.relations.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the browser tests leave what a user sees: {@code target/screenshots} on every
 * run, or the folder {@code -Dscreenshots.dir} names ({@code docs/screenshots.sh} points
 * it at {@code docs/screenshots}, whose pictures the README shows).
 */
final class Screenshots {

	private Screenshots() {
	}

	static Path save(String name, byte[] png) {
		Path directory = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve(name);
			Files.write(file, png);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
