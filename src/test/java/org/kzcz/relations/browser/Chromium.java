package org.kzcz.relations.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's own headless Chromium, driven through its chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs them). Where
 * neither is found, {@link #start()} skips the calling test class with a JUnit
 * assumption, and the rest of the suite runs. The binaries are given to Selenium, so its
 * Selenium Manager never tries to download a browser or a driver.
 */
final class Chromium implements AutoCloseable {

	private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

	private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	private static final String INSTALL = "Install them with `apt-get install chromium chromium-driver`, "
			+ "or name them with -Dbrowser.chromium= and -Dbrowser.chromedriver=.";

	private final ChromeDriver driver;

	private final Path profile;

	private final Path downloads;

	private Chromium(ChromeDriver driver, Path profile, Path downloads) {
		this.driver = driver;
		this.profile = profile;
		this.downloads = downloads;
	}

	/**
	 * Why the browser tests cannot run on this machine, or empty when they can.
	 */
	static Optional<String> missing() {
		if (find("browser.chromium", "CHROME_BIN", BROWSERS).isEmpty()) {
			return Optional.of("Browser tests skipped: no Chromium (looked in "
					+ candidates("browser.chromium", "CHROME_BIN", BROWSERS) + "). " + INSTALL);
		}
		if (find("browser.chromedriver", "CHROMEDRIVER", DRIVERS).isEmpty()) {
			return Optional.of("Browser tests skipped: no chromedriver (looked in "
					+ candidates("browser.chromedriver", "CHROMEDRIVER", DRIVERS) + "). " + INSTALL);
		}
		return Optional.empty();
	}

	/**
	 * A fresh browser (new profile, empty cache, a download folder of its own), or the
	 * calling test skipped when this machine has no Chromium or no chromedriver.
	 */
	static Chromium start() {
		Optional<String> missing = missing();
		Assumptions.assumeTrue(missing.isEmpty(), missing::orElseThrow);
		String browser = find("browser.chromium", "CHROME_BIN", BROWSERS).orElseThrow();
		String driver = find("browser.chromedriver", "CHROMEDRIVER", DRIVERS).orElseThrow();
		try {
			Path profile = Files.createTempDirectory("chromium-profile-");
			Path downloads = Files.createTempDirectory("chromium-downloads-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(browser);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--no-default-browser-check", "--lang=en-US", "--window-size=1280,1600",
					"--user-data-dir=" + profile);
			options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
					"download.prompt_for_download", false, "safebrowsing.enabled", false));
			// The network log shows what the page's scripts cannot: a 304 the browser
			// turned back into the cached 200.
			options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL", LogType.BROWSER, "ALL"));
			options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
				.usingAnyFreePort()
				.build();
			ChromeDriver chrome = new ChromeDriver(service, options);
			chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
			chrome.executeCdpCommand("Browser.setDownloadBehavior",
					Map.of("behavior", "allow", "downloadPath", downloads.toString()));
			return new Chromium(chrome, profile, downloads);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<String> find(String property, String variable, List<String> defaults) {
		return candidates(property, variable, defaults).stream()
			.filter((path) -> Files.isExecutable(Path.of(path)))
			.findFirst();
	}

	/** The path a system property or variable names, or else the usual places. */
	private static List<String> candidates(String property, String variable, List<String> defaults) {
		String configured = System.getProperty(property, System.getenv(variable));
		return (configured != null && !configured.isBlank()) ? List.of(configured) : defaults;
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String url) {
		this.driver.get(url);
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * Runs an asynchronous script: its last argument is the callback that ends it with a
	 * value.
	 */
	Object asyncScript(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeAsyncScript(script, arguments);
	}

	<T> T await(Duration timeout, Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, timeout).until(condition);
	}

	/** The entries of the network log since the last call (reading it empties it). */
	List<LogEntry> networkLog() {
		return this.driver.manage().logs().get(LogType.PERFORMANCE).getAll();
	}

	/** The console messages since the last call (reading them empties the log). */
	List<LogEntry> console() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll();
	}

	Path downloads() {
		return this.downloads;
	}

	/**
	 * A PNG of the whole page, however tall, at the window's width: Chromium's own
	 * screenshot beyond the viewport.
	 */
	byte[] fullPageScreenshot() {
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		return Base64.getDecoder().decode((String) shot.get("data"));
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			delete(this.profile);
			delete(this.downloads);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
			for (Path path : all) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// A temporary folder left behind is not worth failing a test for.
		}
	}

}
