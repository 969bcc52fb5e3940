package org.kzcz.relations.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kzcz.relations.support.SqlStatementCounter;
import org.kzcz.relations.support.TestcontainersConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real port with a real Chromium in front of it, and two frontends
 * on origins of their own: one listed in {@code app.cors.write-origins}, one not. Every
 * browser test class extends this, so they share one Spring context (and the suite's one
 * database).
 * <p>
 * The port is chosen before the application starts, rather than by {@code RANDOM_PORT},
 * because the OpenAPI document names the configured public base URL as its server (never
 * one taken from the request), and Swagger UI's "Try it out" sends its requests there.
 */
@ExtendWith(ChromiumFound.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import({ TestcontainersConfiguration.class, SqlStatementCounter.class })
abstract class BrowserTest {

	static final int PORT = freePort();

	static final Frontend LISTED_FRONTEND = Frontend.start();

	static final Frontend UNLISTED_FRONTEND = Frontend.start();

	static Chromium chromium;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("app.public-base-url", BrowserTest::base);
		registry.add("app.cors.write-origins", LISTED_FRONTEND::origin);
	}

	@BeforeAll
	static void startChromium() {
		chromium = Chromium.start();
	}

	@AfterAll
	static void quitChromium() {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	/** The API's origin, as a browser reaches it. */
	static String base() {
		return "http://localhost:" + PORT;
	}

	static String url(String path) {
		return base() + path;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
