package org.kzcz.relations.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill 8 (authorization matrix): every route and method the application maps under
 * {@code /api/}, read from Spring MVC's handler mapping so new routes are covered without
 * touching this test, times every kind of caller, compared with the expected table below.
 * Ids in paths name nothing and bodies are empty, so a request that passes the guard ends
 * in 400, 404 or 428 and changes nothing. Also: the actuator shows only health and info
 * to anonymous callers.
 */
@IntegrationTest
class AuthorizationMatrixDrillTest {

	/** Who may call a route. */
	enum Access {

		PUBLIC, CURATOR, ADMIN

	}

	/** Who calls. */
	enum Caller {

		ANONYMOUS, BAD_KEY, REVOKED_KEY, CURATOR, ADMIN

	}

	/**
	 * The expected table: the answer each caller gets from a route of each access level.
	 * "through" means the guard let the request pass (any status but 401 and 403).
	 */
	private static final Map<Access, Map<Caller, String>> EXPECTED = Map.of(Access.PUBLIC,
			Map.of(Caller.ANONYMOUS, "through", Caller.BAD_KEY, "401", Caller.REVOKED_KEY, "401", Caller.CURATOR,
					"through", Caller.ADMIN, "through"),
			Access.CURATOR,
			Map.of(Caller.ANONYMOUS, "401", Caller.BAD_KEY, "401", Caller.REVOKED_KEY, "401", Caller.CURATOR, "through",
					Caller.ADMIN, "through"),
			Access.ADMIN, Map.of(Caller.ANONYMOUS, "401", Caller.BAD_KEY, "401", Caller.REVOKED_KEY, "401",
					Caller.CURATOR, "403", Caller.ADMIN, "through"));

	private static final Set<String> READS = Set.of("GET", "HEAD");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * Reads are public; writes need a curator; everything under /api/v1/admin an admin.
	 */
	static Access expectedAccess(String path, String method) {
		if (path.startsWith("/api/v1/admin/")) {
			return Access.ADMIN;
		}
		return READS.contains(method) ? Access.PUBLIC : Access.CURATOR;
	}

	@Test
	void everyRouteAnswersEveryCallerAsTheTableSays() throws Exception {
		DrillKeys keys = DrillKeys.create(this.mvc, "authorization drill");
		Map<Caller, String> credentials = Map.of(Caller.BAD_KEY, "kzcz_not-a-key", Caller.REVOKED_KEY, keys.revoked(),
				Caller.CURATOR, keys.curator(), Caller.ADMIN, TestKeys.ADMIN);
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : methods) {
					routes.add(method.name() + " " + path);
					if (method == RequestMethod.GET) {
						routes.add("HEAD " + path);
					}
				}
			}
		}
		List<String> mismatches = new ArrayList<>();
		int cells = 0;
		for (String route : routes) {
			String method = route.substring(0, route.indexOf(' '));
			String template = route.substring(route.indexOf(' ') + 1);
			Access access = expectedAccess(template, method);
			for (Caller caller : Caller.values()) {
				int status = send(method, template, credentials.get(caller));
				String expected = EXPECTED.get(access).get(caller);
				boolean ok = expected.equals("through") ? (status != 401 && status != 403)
						: Integer.parseInt(expected) == status;
				cells++;
				if (!ok) {
					mismatches.add(route + " as " + caller + ": " + status + ", expected " + expected);
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

	private int send(String method, String template, String key) throws Exception {
		String path = VARIABLE.matcher(template)
			.replaceAll((match) -> match.group(1).toLowerCase().contains("id") && template.startsWith("/api/v1/admin/")
					? "987654321" : "drill-authz-nothing");
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
		if (key != null) {
			request.header("X-API-Key", key);
		}
		if (!READS.contains(method) && !method.equals("DELETE")) {
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
