package org.kzcz.relations.ratelimit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.Curator;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refused API keys count against the caller's address in the anonymous budget, so keys
 * cannot be guessed faster than anonymous reads are allowed. The same limits as
 * RateLimitFilterTest, so both share one application context; each test has an address of
 * its own.
 */
@IntegrationTest
@TestPropertySource(properties = { "app.rate-limit.enabled=true", "app.rate-limit.anonymous-per-minute=5",
		"app.rate-limit.authenticated-per-minute=50" })
class FailedAuthenticationRateLimitTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void unknownKeysAre401UntilTheAnonymousBudgetIsSpentThen429() {
		for (int i = 0; i < 5; i++) {
			MvcTestResult refused = get("/api/v1/countries", "10.4.4.4", "kzcz_guess-" + i);
			assertThat(refused).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(refused.getResponse().getHeader("RateLimit-Remaining")).isEqualTo(Integer.toString(4 - i));
		}
		MvcTestResult limited = get("/api/v1/countries", "10.4.4.4", "kzcz_guess-5");
		assertThat(limited).hasStatus(HttpStatus.TOO_MANY_REQUESTS).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(limited).bodyJson().extractingPath("$.status").isEqualTo(429);
		assertThat(Integer.parseInt(limited.getResponse().getHeader("Retry-After"))).isPositive();
	}

	@Test
	void guessingOutsideTheApiCountsToo() {
		for (int i = 0; i < 5; i++) {
			assertThat(get("/actuator/health", "10.5.5.5", "kzcz_guess-" + i)).hasStatus(HttpStatus.UNAUTHORIZED);
		}
		assertThat(get("/actuator/health", "10.5.5.5", "kzcz_guess-5")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void refusedKeysSpendTheAddresssAnonymousBudgetButNotAValidKeysOwn() {
		String curator = TestKeys.curator(this.mvc);
		for (int i = 0; i < 5; i++) {
			get("/api/v1/countries", "10.6.6.6", "kzcz_guess-" + i);
		}
		assertThat(get("/api/v1/countries", "10.6.6.6", null)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(get("/api/v1/countries", "10.6.6.6", curator)).hasStatusOk();
	}

	@Test
	void aRevokedKeyCountsLikeAnUnknownOne() {
		String created = Curator.body(this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header("X-API-Key", TestKeys.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"revoked curator\",\"role\":\"CURATOR\"}")
			.exchange());
		String secret = JsonPath.read(created, "$.secret");
		Integer id = JsonPath.read(created, "$.apiKey.id");
		assertThat(this.mvc.delete().uri("/api/v1/admin/api-keys/" + id).header("X-API-Key", TestKeys.ADMIN))
			.hasStatus2xxSuccessful();
		for (int i = 0; i < 5; i++) {
			assertThat(get("/api/v1/countries", "10.7.7.7", secret)).hasStatus(HttpStatus.UNAUTHORIZED);
		}
		assertThat(get("/api/v1/countries", "10.7.7.7", secret)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	private MvcTestResult get(String uri, String address, String key) {
		return this.mvc.get().uri(uri).with((request) -> {
			request.setRemoteAddr(address);
			if (key != null) {
				request.addHeader("X-API-Key", key);
			}
			return request;
		}).exchange();
	}

}
