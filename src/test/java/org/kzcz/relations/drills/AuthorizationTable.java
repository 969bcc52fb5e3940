package org.kzcz.relations.drills;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.kzcz.relations.support.TestKeys;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the authorization drills expect: every route and method mapped under
 * {@code /api/}, read from Spring MVC's handler mapping so new routes are covered without
 * touching a test, and the answer each kind of caller gets from it.
 */
final class AuthorizationTable {

	/** Who may call a route. */
	enum Access {

		PUBLIC, CURATOR, ADMIN

	}

	/** Who calls. */
	enum Caller {

		ANONYMOUS, BAD_KEY, REVOKED_KEY, CURATOR, ADMIN;

		String key(DrillKeys keys) {
			return switch (this) {
				case ANONYMOUS -> null;
				case BAD_KEY -> "kzcz_not-a-key";
				case REVOKED_KEY -> keys.revoked();
				case CURATOR -> keys.curator();
				case ADMIN -> TestKeys.ADMIN;
			};
		}

	}

	/** A mapped method and path template. */
	record Route(String method, String template) implements Comparable<Route> {

		Access access() {
			if (this.template.startsWith("/api/v1/admin/")) {
				return Access.ADMIN;
			}
			return READS.contains(this.method) ? Access.PUBLIC : Access.CURATOR;
		}

		/**
		 * The template with its variables filled by values that name nothing, so a
		 * request that passes the guard ends in 400, 404 or 428 and changes nothing.
		 */
		String path() {
			return VARIABLE.matcher(this.template)
				.replaceAll((match) -> match.group(1).toLowerCase().contains("id")
						&& this.template.startsWith("/api/v1/admin/") ? "987654321" : "drill-authz-nothing");
		}

		boolean hasBody() {
			return !READS.contains(this.method) && !this.method.equals("DELETE");
		}

		@Override
		public int compareTo(Route other) {
			return (this.method + " " + this.template).compareTo(other.method + " " + other.template);
		}

		@Override
		public String toString() {
			return this.method + " " + this.template;
		}

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

	private AuthorizationTable() {
	}

	static Set<Route> routes(RequestMappingHandlerMapping mappings) {
		Set<Route> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String path : info.getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					routes.add(new Route(method.name(), path));
					if (method == RequestMethod.GET) {
						routes.add(new Route("HEAD", path));
					}
				}
			}
		}
		return routes;
	}

	static String expected(Route route, Caller caller) {
		return EXPECTED.get(route.access()).get(caller);
	}

	/** Whether a status is what the table says this caller gets from this route. */
	static boolean matches(Route route, Caller caller, int status) {
		String expected = expected(route, caller);
		return expected.equals("through") ? (status != 401 && status != 403) : Integer.parseInt(expected) == status;
	}

}
