package org.kzcz.relations.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.logging.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page at {@code /}, as an analyst uses it in Chromium: the KZ-CZ turnover
 * chart and table, the CSV and JSON links, the search, the timeline and the officials,
 * with the keyboard alone, and with a curator's hostile title in the data.
 */
class ExplorerBrowserTest extends BrowserTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String SERIES = "/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER";

	@Test
	void tableShowsTheTurnoverOfKazakhstanAndTheCzechRepublicIn2023() {
		openExplorer();
		WebElement row = pointRow("2023", "KZ");
		List<String> cells = row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList();
		assertThat(cells.get(1)).isEqualTo("626.8");
		assertThat(cells.get(2)).isEqualTo("USD million");
		assertThat(cells.get(3)).startsWith("+48.4%").contains("as the source states");
		assertThat(row.getText()).contains("State Revenue Committee of Kazakhstan");
		// A mirrored point is marked as derived, and its flag is shown.
		WebElement mirrored = chromium.driver()
			.findElements(By.cssSelector("#points tbody tr.derived"))
			.stream()
			.filter((tr) -> tr.getText().contains("Reporters differ"))
			.findFirst()
			.orElseThrow();
		assertThat(mirrored.getText()).contains("Mirrored").contains("both are shown, neither is preferred");
		assertThat(text("trade-status")).isEqualTo("7 points of turnover between Kazakhstan and Czech Republic.");

		// The rest of the page is about the same pair.
		chromium.await(WAIT, (driver) -> !text("officials-lists").isEmpty() && !text("timeline-events").isEmpty());
		assertThat(text("officials-lists")).contains("Kazakhstan in Czech Republic")
			.contains("H.E. Bakyt Dyussenbayev")
			.contains("Ambassador Extraordinary and Plenipotentiary of Kazakhstan to the Czech Republic");
		assertThat(text("timeline-events")).contains("Foreign ministers Jan Lipavský and Murat Nurtleu hold talks");

		// What a user sees, with a search: the address holds the view, so it can be
		// linked to.
		openExplorer("/?country=KZ&partner=CZ&indicator=TURNOVER&q=Przewalski");
		chromium.await(WAIT, (driver) -> text("search-status").contains("results for “Przewalski”")
				&& !text("officials-lists").isEmpty() && !text("timeline-events").isEmpty());
		assertThat(chromium.driver().findElement(By.id("q")).getAttribute("value")).isEqualTo("Przewalski");
		chromium.await(WAIT, (driver) -> (Boolean) chromium.script("return document.getElementById('chart').complete"));
		Path shot = Screenshots.save("explorer.png", chromium.fullPageScreenshot());
		System.out.println("BROWSER explorer screenshot: " + shot);
	}

	@Test
	void drawsTheTurnoverChartAndTellsHowLongTheFirstChartTook() {
		openExplorer();
		String src = chromium.driver().findElement(By.id("chart")).getAttribute("src");
		assertThat(src).isEqualTo(url(SERIES + "&format=svg&width=880&height=440"));
		chromium.await(WAIT, (driver) -> (Boolean) chromium.script("return document.getElementById('chart').complete"));
		Number width = (Number) chromium.script("return document.getElementById('chart').naturalWidth");
		assertThat(width.intValue()).as("the SVG chart at %s was drawn", src).isPositive();
		assertThat(chromium.driver().findElement(By.id("chart-fallback")).isDisplayed()).isFalse();
		Number firstChart = (Number) chromium
			.script("return performance.getEntriesByName('explorer:first-chart', 'mark')[0].startTime");
		System.out.printf(Locale.ROOT, "BROWSER explorer: first chart %.0f ms after navigation start%n",
				firstChart.doubleValue());
		assertThat(firstChart.doubleValue()).isBetween(0.0, 10_000.0);
		Path shot = Screenshots.save("chart.png",
				chromium.driver().findElement(By.id("chart")).getScreenshotAs(OutputType.BYTES));
		System.out.println("BROWSER chart screenshot: " + shot);
	}

	@Test
	void choosingAnotherIndicatorRedrawsTheChartTableAndLinks() {
		openExplorer();
		new Select(chromium.driver().findElement(By.id("indicator"))).selectByValue("EXPORTS");
		chromium.driver().findElement(By.cssSelector("#pair-form button[type=submit]")).click();
		chromium.await(WAIT, (driver) -> text("trade-status").contains("points of exports"));
		assertThat(pointRow("2023", "KZ").findElements(By.tagName("td")).get(1).getText()).isEqualTo("147.7");
		String exports = "/api/v1/trade/series?country=KZ&partner=CZ&indicator=EXPORTS";
		assertThat(chromium.driver().findElement(By.id("chart")).getAttribute("src"))
			.isEqualTo(url(exports + "&format=svg&width=880&height=440"));
		assertThat(chromium.driver().findElement(By.id("csv-link")).getAttribute("href"))
			.isEqualTo(url(exports + "&format=csv"));
		assertThat(chromium.driver().getCurrentUrl()).contains("indicator=EXPORTS");
	}

	@Test
	void linksToTheSameSeriesAsCsvAndJson() throws Exception {
		openExplorer();
		WebElement csv = chromium.driver().findElement(By.id("csv-link"));
		assertThat(csv.getAttribute("href")).isEqualTo(url(SERIES + "&format=csv"));
		csv.click();
		Path file = chromium.downloads().resolve("KZ-CZ-TURNOVER.csv");
		chromium.await(WAIT, (driver) -> Files.exists(file) && !partialDownload());
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).startsWith("indicator,periodKind,periodStart,periodEnd,periodLabel");
		assertThat(lines)
			.anyMatch((line) -> line.startsWith("TURNOVER,YEAR,2023-01-01,2023-12-31,2023,false,false,626.8,"));

		String json = chromium.driver().findElement(By.id("json-link")).getAttribute("href");
		assertThat(json).isEqualTo(url(SERIES + "&format=json"));
		chromium.open(json);
		JsonNode series = JsonMapper.builder()
			.build()
			.readTree(chromium.driver().findElement(By.tagName("body")).getText());
		assertThat(series.path("points")).hasSize(7);
	}

	@Test
	void showsAHostileTitleAsTextInTheSearchResults() {
		ApiCalls api = new ApiCalls(base());
		String word = "quokka" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
		String title = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script> " + word
				+ " & <b>bold</b>";
		String key = api.curatorKey();
		api.createSource(key, "browser-hostile-" + word, title);
		try {
			searchFromTheExplorer(word, title);
		}
		finally {
			api.delete(key, "/api/v1/sources/browser-hostile-" + word);
		}
	}

	private static void searchFromTheExplorer(String word, String title) {
		openExplorer();
		WebElement q = chromium.driver().findElement(By.id("q"));
		q.sendKeys(word, Keys.ENTER);
		chromium.await(WAIT, (driver) -> text("search-status").startsWith("1 result"));
		WebElement result = chromium.driver().findElement(By.cssSelector("#search-results li"));
		assertThat(result.findElement(By.tagName("a")).getText()).isEqualTo(title);
		assertThat(result.findElements(By.cssSelector("img, script, b"))).isEmpty();
		assertThat(chromium.script("return window.__pwned === undefined")).isEqualTo(true);
		assertThat(chromium.driver().getCurrentUrl()).endsWith("q=" + word);
	}

	@Test
	void worksWithTheKeyboardAloneAndLabelsEveryControl() {
		openExplorer();
		List<String> focused = new ArrayList<>();
		Actions keyboard = new Actions(chromium.driver());
		while (focused.size() < 60 && !focused.contains("q")) {
			keyboard.sendKeys(Keys.TAB).perform();
			focused.add((String) chromium
				.script("const e = document.activeElement; return e.id || e.getAttribute('href') || e.tagName"));
		}
		assertThat(focused.get(0)).as("the first Tab reaches the skip link").isEqualTo("#main");
		assertThat(focused).containsSubsequence("country", "partner", "indicator", "csv-link", "json-link", "q");

		// Every control has a label a screen reader reads, every landmark is there, and
		// results are announced.
		assertThat(chromium.script("return [...document.querySelectorAll('input, select, button')]"
				+ ".filter((e) => e.tagName === 'BUTTON' ? e.textContent.trim() === '' : e.labels.length === 0)"
				+ ".map((e) => e.id)"))
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
		assertThat(chromium.script("return ['header', 'nav', 'main', 'footer', 'form[role=search]']"
				+ ".filter((s) => !document.querySelector(s))"))
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
		assertThat(chromium
			.script("return [...document.querySelectorAll('.status')].map((e) => e.getAttribute('aria-live'))"))
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.hasSize(4)
			.containsOnly("polite");
		assertThat(chromium.driver().findElement(By.id("chart")).getAttribute("alt")).contains("turnover")
			.contains("Kazakhstan and Czech Republic");

		// The skip link leads into the page, and a search runs from the keyboard.
		chromium.driver().findElement(By.cssSelector("a.skip")).sendKeys(Keys.ENTER);
		assertThat(chromium.script("return document.activeElement.id")).isEqualTo("main");
		chromium.driver().findElement(By.id("q")).sendKeys("Pilsen", Keys.ENTER);
		long results = new ApiCalls(base()).get("/api/v1/search?q=Pilsen").path("page").path("totalElements").asLong();
		assertThat(results).isPositive();
		chromium.await(WAIT, (driver) -> text("search-status").startsWith(results + " results"));
		assertThat(chromium.driver().findElements(By.cssSelector("#search-results mark"))).isNotEmpty()
			.allSatisfy((mark) -> assertThat(mark.getText()).isEqualTo("Pilsen"));
	}

	@Test
	void runsNoInlineScriptUnderItsContentSecurityPolicy() {
		openExplorer();
		chromium.console();
		chromium.script("const s = document.createElement('script'); s.textContent = 'window.__inline = 1';"
				+ " document.head.append(s);"
				+ " const d = document.createElement('div'); d.setAttribute('onclick', 'window.__inline = 2');"
				+ " document.body.append(d); d.click();");
		assertThat(chromium.script("return window.__inline === undefined")).isEqualTo(true);
		List<String> violations = chromium.console()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy"))
			.toList();
		assertThat(violations).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy((message) -> assertThat(message).contains("script-src 'self'"));
	}

	private static void openExplorer() {
		openExplorer("/");
	}

	private static void openExplorer(String path) {
		chromium.open(url(path));
		chromium.await(WAIT,
				(driver) -> "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-ready"))
						&& !driver.findElements(By.cssSelector("#points tbody tr")).isEmpty());
	}

	private static WebElement pointRow(String period, String reporter) {
		return chromium.driver()
			.findElements(By.cssSelector("#points tbody tr"))
			.stream()
			.filter((tr) -> tr.findElement(By.tagName("th")).getText().equals(period)
					&& tr.findElements(By.tagName("td")).get(0).getText().startsWith(reporter))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + period + " point from " + reporter + " in the table"));
	}

	private static String text(String id) {
		return chromium.driver().findElement(By.id(id)).getText();
	}

	private static boolean partialDownload() {
		try (var files = Files.list(chromium.downloads())) {
			return files.anyMatch((file) -> file.getFileName().toString().endsWith(".crdownload"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
