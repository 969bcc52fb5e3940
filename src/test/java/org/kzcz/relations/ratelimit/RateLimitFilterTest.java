package org.kzcz.relations.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = { "app.rate-limit.enabled=true", "app.rate-limit.anonymous-per-minute=5",
		"app.rate-limit.authenticated-per-minute=50" })
class RateLimitFilterTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MeterRegistry registry;

	@Autowired
	ClientBudgets budgets;

	@Test
	void anonymousClientGets429WithRetryAfterOnceItsBudgetIsSpent() {
		for (int i = 0; i < 5; i++) {
			MvcTestResult ok = this.mvc.get().uri("/api/v1/countries").with((r) -> {
				r.setRemoteAddr("10.1.1.1");
				return r;
			}).exchange();
			assertThat(ok).hasStatusOk();
			assertThat(ok.getResponse().getHeader("RateLimit-Limit")).isEqualTo("5");
			assertThat(ok.getResponse().getHeader("RateLimit-Remaining")).isEqualTo(Integer.toString(4 - i));
		}
		MvcTestResult refused = this.mvc.get().uri("/api/v1/countries").with((r) -> {
			r.setRemoteAddr("10.1.1.1");
			return r;
		}).exchange();
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Integer.parseInt(refused.getResponse().getHeader("Retry-After"))).isPositive();
		assertThat(refused).bodyJson().extractingPath("$.status").isEqualTo(429);
	}

	@Test
	void anotherClientKeepsItsOwnBudget() {
		for (int i = 0; i < 6; i++) {
			this.mvc.get().uri("/api/v1/countries").with((r) -> {
				r.setRemoteAddr("10.2.2.1");
				return r;
			}).exchange();
		}
		assertThat(this.mvc.get().uri("/api/v1/countries").with((r) -> {
			r.setRemoteAddr("10.2.2.1");
			return r;
		})).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		MvcTestResult other = this.mvc.get().uri("/api/v1/countries").with((r) -> {
			r.setRemoteAddr("10.2.2.2");
			return r;
		}).exchange();
		assertThat(other).hasStatusOk();
		assertThat(other.getResponse().getHeader("RateLimit-Remaining")).isEqualTo("4");
	}

	@Test
	void curatorsGetAHigherLimit() {
		String curator = TestKeys.curator(this.mvc);
		MvcTestResult result = this.mvc.get().uri("/api/v1/countries").header("X-API-Key", curator).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("RateLimit-Limit")).isEqualTo("50");
	}

	@Test
	void eachRefusalIsCountedByKindOfCaller() {
		double before = refused("anonymous");
		for (int i = 0; i < 7; i++) {
			this.mvc.get().uri("/api/v1/countries").with((r) -> {
				r.setRemoteAddr("10.3.3.3");
				return r;
			}).exchange();
		}
		assertThat(refused("anonymous")).isEqualTo(before + 2);
		assertThat(refused("key")).isZero();
	}

	@Test
	void manyRequestsOfOneClientAtOnceTakeExactlyItsBudget() throws Exception {
		AtomicInteger admitted = new AtomicInteger();
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			List<Future<?>> all = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				all.add(threads.submit(() -> {
					MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/countries");
					request.setRemoteAddr("10.8.8.8");
					if (this.budgets.admitAnonymous(request, new MockHttpServletResponse())) {
						admitted.incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> each : all) {
				each.get();
			}
		}
		assertThat(admitted).hasValue(5);
	}

	private double refused(String caller) {
		return this.registry.get("api.rate.limited").tag("caller", caller).counter().count();
	}

}
