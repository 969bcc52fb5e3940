package org.kzcz.relations.drills;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill 7, continued: the 429 of a spent rate limit is a problem like every other error.
 * Uses the same limits as RateLimitFilterTest, so both share one application context; the
 * client address is this drill's own.
 */
@IntegrationTest
@TestPropertySource(properties = { "app.rate-limit.enabled=true", "app.rate-limit.anonymous-per-minute=5",
		"app.rate-limit.authenticated-per-minute=50" })
class RateLimitedErrorDrillTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aSpentRateLimitIsAProblemWithoutImplementationDetails() throws Exception {
		MockHttpServletResponse response = null;
		for (int i = 0; i < 6; i++) {
			response = this.mvc.perform(MockMvcRequestBuilders.get("/api/v1/countries").with((request) -> {
				request.setRemoteAddr("127.0.0.29");
				return request;
			})).andReturn().getResponse();
		}
		UniformErrorsDrillTest.Exchange exchange = new UniformErrorsDrillTest.Exchange(429, response.getStatus(),
				String.valueOf(response.getContentType()), response.getContentAsString(StandardCharsets.UTF_8));
		List<String> failures = UniformErrorsDrillTest.check("429 rate limit spent", exchange);
		System.out.println("DRILL errors-429: the sixth request of a client allowed five a minute got "
				+ response.getStatus() + " " + response.getContentType() + " with Retry-After "
				+ response.getHeader("Retry-After") + ", " + failures.size() + " problems");
		assertThat(failures).isEmpty();
		assertThat(response.getHeader("Retry-After")).isNotBlank();
	}

}
