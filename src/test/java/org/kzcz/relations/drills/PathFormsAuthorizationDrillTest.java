package org.kzcz.relations.drills;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.drills.AuthorizationTable.Caller;
import org.kzcz.relations.drills.AuthorizationTable.Route;
import org.kzcz.relations.support.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill 8b (authorization through odd path forms): every route and method of
 * {@link AuthorizationTable}, for every kind of caller, over real HTTP (Tomcat, the
 * firewall and the security filter chain as in production), through the path forms that
 * made checks and routing disagree before: percent-encoded letters, mixed case, double
 * slashes, a trailing slash, {@code ;} parameters, {@code ..} and {@code .} segments and
 * an encoded slash. A form may be refused (400) or lead nowhere (404 with no route);
 * otherwise it must get exactly what the canonical path gets. A caller getting through
 * where the table says 401 or 403, or any 5xx, is a finding.
 */
@DrillServer
class PathFormsAuthorizationDrillTest {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<String, Boolean> unrouted = new HashMap<>();

	@Test
	void noPathFormLetsACallerPastTheTable() {
		DrillHttp http = new DrillHttp(this.port);
		DrillKeys keys = DrillKeys.create(http, "path forms drill");
		Set<Route> routes = AuthorizationTable.routes(this.mappings);
		List<String> findings = new ArrayList<>();
		Map<String, Integer> outcomes = new LinkedHashMap<>();
		int requests = 0;
		for (Route route : routes) {
			for (Map.Entry<String, String> form : forms(route.path()).entrySet()) {
				for (Caller caller : Caller.values()) {
					int status = send(http, route.method(), form.getValue(), caller.key(keys));
					requests++;
					String outcome = judge(http, route, caller, form.getKey(), form.getValue(), status);
					outcomes.merge(outcome, 1, Integer::sum);
					if (outcome.startsWith("finding")) {
						findings.add(route + " as " + caller + " via " + form.getKey() + " " + form.getValue() + ": "
								+ status + ", expected " + AuthorizationTable.expected(route, caller));
					}
				}
			}
		}
		System.out.println("DRILL path forms: " + routes.size() + " routes x methods, " + requests
				+ " requests over real HTTP; outcomes " + outcomes + "; " + findings.size() + " findings");
		findings.stream().limit(50).forEach((finding) -> System.out.println("path forms finding: " + finding));
		assertThat(routes).hasSizeGreaterThan(40);
		assertThat(findings).isEmpty();
	}

	private String judge(DrillHttp http, Route route, Caller caller, String form, String path, int status) {
		if (status >= 500) {
			return "finding: 5xx";
		}
		if (AuthorizationTable.matches(route, caller, status)) {
			return form.equals("canonical") ? "canonical as the table says" : "as the table says";
		}
		if (form.equals("canonical")) {
			return "finding: canonical path";
		}
		if (status == 400) {
			return "refused (400)";
		}
		if (status == 404 && isUnrouted(http, path)) {
			return "no route (404)";
		}
		return "finding: " + status;
	}

	/**
	 * Whether Spring MVC maps this path at all: an admin may call anything, so only
	 * routing decides.
	 */
	private boolean isUnrouted(DrillHttp http, String path) {
		return this.unrouted.computeIfAbsent(path, (key) -> {
			HttpResponse<String> response = http.get(key, "X-API-Key", TestKeys.ADMIN);
			return response.statusCode() == 404 && response.body().contains("\"title\":\"Not found\"");
		});
	}

	/** The path as sent canonically and in each odd form, keyed by what the form is. */
	static Map<String, String> forms(String path) {
		List<String> segments = List.of(path.substring(1).split("/"));
		Map<String, String> forms = new LinkedHashMap<>();
		forms.put("canonical", path);
		forms.put("trailing slash", path + "/");
		forms.put("upper case", path.toUpperCase());
		// The access rules look at the first three segments; the fourth and on are ids.
		for (int i = 0; i < Math.min(segments.size(), 4); i++) {
			String segment = segments.get(i);
			String last = segment.substring(segment.length() - 1);
			forms.put("encoded first character of segment " + i,
					with(segments, i, "%%%02X".formatted((int) segment.charAt(0)) + segment.substring(1)));
			forms.put("encoded last character, lower-case hex, of segment " + i, with(segments, i,
					segment.substring(0, segment.length() - 1) + "%%%02x".formatted((int) last.charAt(0))));
			forms.put("upper-case first letter of segment " + i,
					with(segments, i, Character.toUpperCase(segment.charAt(0)) + segment.substring(1)));
			forms.put("; parameter on segment " + i, with(segments, i, segment + ";x=1"));
			if (i > 0) {
				forms.put("double slash before segment " + i, joined(segments, i, "//"));
				forms.put(".. segment before segment " + i, joined(segments, i, "/x/../"));
				forms.put("encoded .. before segment " + i, joined(segments, i, "/x/%2e%2e/"));
				forms.put(". segment before segment " + i, joined(segments, i, "/./"));
				forms.put("encoded slash before segment " + i, joined(segments, i, "%2F"));
				forms.put("encoded backslash before segment " + i, joined(segments, i, "%5C"));
			}
		}
		forms.put("leading double slash", "/" + path);
		return forms;
	}

	/** The path with {@code separator} instead of the slash before segment {@code i}. */
	private static String joined(List<String> segments, int i, String separator) {
		return "/" + String.join("/", segments.subList(0, i)) + separator
				+ String.join("/", segments.subList(i, segments.size()));
	}

	/** The path with segment {@code i} replaced. */
	private static String with(List<String> segments, int i, String replacement) {
		List<String> copy = new ArrayList<>(segments);
		copy.set(i, replacement);
		return "/" + String.join("/", copy);
	}

	private static int send(DrillHttp http, String method, String path, String key) {
		HttpRequest.Builder request = http.request(path);
		if (key != null) {
			request.header("X-API-Key", key);
		}
		boolean body = !Set.of("GET", "HEAD", "DELETE").contains(method);
		if (body) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, body ? DrillHttp.json("{}") : HttpRequest.BodyPublishers.noBody());
		return http.send(request).statusCode();
	}

}
