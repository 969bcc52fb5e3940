package org.kzcz.relations.common.guards;

import java.net.URI;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Path and query parameters an attacker's probe sent: integers in hexadecimal, with a
 * sign or a space, numbers at the ends of their range, lone surrogates. Each gets a 400
 * problem naming the parameter, never another resource or a 500.
 */
@IntegrationTest
class HostileParametersTest {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "0x%x", "0X%x", "%%23%x", "%%2B%d", "%%20%d", "%d%%20", "-0x%x", "%d.0", "%de0" })
	void anIdThatIsNotPlainDecimalDigitsIs400NamingId(String format) {
		long id = seededFigureId();
		MvcTestResult result = this.mvc.get()
			.uri(URI.create("/api/v1/trade-figures/" + format.formatted(id)))
			.exchange();
		assertParameter(result, "id");
	}

	@Test
	void leadingZerosAreHarmlessDecimalDigits() {
		long id = seededFigureId();
		MvcTestResult padded = this.mvc.get().uri("/api/v1/trade-figures/00" + id).exchange();
		assertThat(padded).hasStatusOk();
		assertThat(padded).bodyJson().extractingPath("$.id").isEqualTo((int) id);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "page=0x1", "page=%2B1", "size=%2310", "size=%201", "page=99999999999", "page=-1", "size=0" })
	void pagingParametersAreStrictDecimalIntegersInRange(String query) {
		assertParameter(this.mvc.get().uri(URI.create("/api/v1/meetings?" + query)).exchange(), query.substring(0, 4));
	}

	@ParameterizedTest
	@ValueSource(strings = { "jumpThreshold=1e999999", "jumpThreshold=1e-999999", "jumpThreshold=-1e999999",
			"jumpThreshold=1e99999999999", "decimals=99999999999", "decimals=0x2", "from=-2147483649", "from=0x7e9",
			"to=99999" })
	void tradeQueryNumbersAtTheirExtremesAre400NamingTheParameter(String query) {
		MvcTestResult result = this.mvc.get()
			.uri(URI.create("/api/v1/trade/series?country=KZ&partner=CZ&indicator=EXPORTS&" + query))
			.exchange();
		assertParameter(result, query.substring(0, query.indexOf('=')));
	}

	@ParameterizedTest
	@ValueSource(strings = { "year=%2B2024", "year=2147483648", "year=%232024", "year=-2147483648" })
	void theBalanceYearIsAStrictDecimalInRange(String query) {
		MvcTestResult result = this.mvc.get()
			.uri(URI.create("/api/v1/trade/balance?country=KZ&partner=CZ&" + query))
			.exchange();
		assertParameter(result, "year");
	}

	@Test
	void aLoneSurrogateInAQueryParameterIs400NamingTheParameter() {
		assertParameter(this.mvc.get().uri("/api/v1/meetings").param("q", "talks \ud800").exchange(), "q");
		assertParameter(this.mvc.get().uri("/api/v1/organizations").param("country", "\udfffZ").exchange(), "country");
		assertThat(this.mvc.get().uri("/api/v1/meetings").param("q", "talks \ud83d\ude00").exchange()).hasStatusOk();
	}

	private long seededFigureId() {
		MvcTestResult list = this.mvc.get().uri("/api/v1/trade-figures?size=1").exchange();
		assertThat(list).hasStatusOk();
		long id = ((Number) JsonPath.read(Curator.body(list), "$.items[0].id")).longValue();
		return id;
	}

	private static void assertParameter(MvcTestResult result, String parameter) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].name").isEqualTo(parameter);
	}

}
