package org.kzcz.relations.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI as an analyst uses it: it loads, links to the explorer, and "Try it out" on
 * the trade series sends the request to the documented server and shows the answer.
 */
class SwaggerUiBrowserTest extends BrowserTest {

	private static final Duration WAIT = Duration.ofSeconds(60);

	@Test
	void loadsAndTryItOutOfTheTradeSeriesSucceeds() {
		chromium.open(url("/swagger-ui/index.html"));
		WebElement operation = chromium.await(WAIT,
				(driver) -> driver.findElements(By.cssSelector("[id$='-series'].opblock-get"))
					.stream()
					.filter((block) -> block.getText().contains("/api/v1/trade/series"))
					.findFirst()
					.orElse(null));
		// Its description leads to the explorer.
		assertThat(chromium.driver().findElement(By.cssSelector(".information-container a[href='/']")).getText())
			.isEqualTo("explorer");
		operation.findElement(By.cssSelector(".opblock-summary-control")).click();
		chromium.await(WAIT, (driver) -> operation.findElement(By.cssSelector("button.try-out__btn"))).click();
		// Swagger UI fills every parameter with its documented example; the analyst types
		// the pair, and leaves format empty for JSON.
		type(operation, "country", "KZ");
		type(operation, "partner", "CZ");
		type(operation, "format", "");
		operation.findElement(By.cssSelector("button.execute")).click();

		WebElement status = chromium.await(WAIT, (driver) -> operation
			.findElement(By.cssSelector(".live-responses-table tr.response .response-col_status")));
		assertThat(status.getText())
			.as(() -> "Try it out of " + operation.findElement(By.cssSelector(".request-url")).getText() + " answered "
					+ operation.findElement(By.cssSelector(".live-responses-table tr.response")).getText())
			.isEqualTo("200");
		assertThat(operation.findElement(By.cssSelector(".request-url pre")).getText())
			.startsWith(url("/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER&"))
			.doesNotContain("format=");
		assertThat(operation.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description"))
			.getText()).contains("\"indicator\": \"TURNOVER\"").contains("\"points\"");
	}

	private static void type(WebElement operation, String parameter, String text) {
		WebElement input = operation.findElement(By.cssSelector("tr[data-param-name='" + parameter + "'] input"));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		if (!text.isEmpty()) {
			input.sendKeys(text);
		}
	}

}
