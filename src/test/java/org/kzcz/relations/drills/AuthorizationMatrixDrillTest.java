package org.kzcz.relations.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.drills.AuthorizationTable.Caller;
import org.kzcz.relations.drills.AuthorizationTable.Route;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill 8 (authorization matrix): every route and method of {@link AuthorizationTable},
 * times every kind of caller, compared with its expected answers, in process (the path
 * forms a real server sees are {@link PathFormsAuthorizationDrillTest}'s). Also: the
 * actuator shows only health and info to anonymous callers.
 */
@IntegrationTest
class AuthorizationMatrixDrillTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRouteAnswersEveryCallerAsTheTableSays() throws Exception {
		DrillKeys keys = DrillKeys.create(this.mvc, "authorization drill");
		Set<Route> routes = AuthorizationTable.routes(this.mappings);
		List<String> mismatches = new ArrayList<>();
		int cells = 0;
		for (Route route : routes) {
			for (Caller caller : Caller.values()) {
				int status = send(route, caller.key(keys));
				cells++;
				if (!AuthorizationTable.matches(route, caller, status)) {
					mismatches.add(route + " as " + caller + ": " + status + ", expected "
							+ AuthorizationTable.expected(route, caller));
				}
			}
		}
		List<String> actuator = actuatorExposure();
		System.out.println("DRILL authorization: " + routes.size() + " routes x methods (from the handler mapping) x "
				+ Caller.values().length + " callers = " + cells + " cells checked, " + mismatches.size()
				+ " mismatches; actuator: " + actuator.size() + " endpoints other than health and info reachable");
		mismatches.forEach((mismatch) -> System.out.println("authorization finding: " + mismatch));
		actuator.forEach((leak) -> System.out.println("authorization finding: actuator " + leak));
		assertThat(routes).hasSizeGreaterThan(40);
		assertThat(mismatches).isEmpty();
		assertThat(actuator).isEmpty();
	}

	private int send(Route route, String key) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()),
				route.path());
		if (key != null) {
			request.header("X-API-Key", key);
		}
		if (route.hasBody()) {
			request.contentType("application/json").content("{}");
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/** Actuator endpoints other than health and info that answer anonymous callers. */
	private List<String> actuatorExposure() throws Exception {
		List<String> reachable = new ArrayList<>();
		for (String path : List.of("/actuator/health", "/actuator/info")) {
			int status = this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getStatus();
			if (status != 200) {
				reachable.add(path + " should answer anonymously, got " + status);
			}
		}
		for (String endpoint : List.of("", "/env", "/beans", "/configprops", "/mappings", "/metrics", "/heapdump",
				"/threaddump", "/loggers", "/scheduledtasks", "/conditions", "/caches", "/shutdown", "/prometheus",
				"/sbom", "/flyway", "/startup", "/httpexchanges", "/auditevents", "/sessions", "/quartz")) {
			for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST)) {
				int status = this.mvc.perform(MockMvcRequestBuilders.request(method, "/actuator" + endpoint))
					.andReturn()
					.getResponse()
					.getStatus();
				if (status < 400) {
					reachable.add(method + " /actuator" + endpoint + " answered " + status);
				}
			}
		}
		return reachable;
	}

}
