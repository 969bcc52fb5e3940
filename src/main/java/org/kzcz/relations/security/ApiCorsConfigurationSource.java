package org.kzcz.relations.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.condition.RequestMethodsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The CORS rules of the API, read by Spring Security's CORS filter for every request.
 * Reads (GET, HEAD) are public and answered to any origin ({@code *}, never with
 * credentials: keys travel in a header, not in cookies). Writes are answered only to the
 * origins of {@link CorsProperties#writeOrigins()} and the public base URL's; another
 * origin's write is refused (403) before it reaches authentication. A preflight is
 * answered with the methods the route takes (as far as the origin may use them) and the
 * request headers those methods read.
 */
class ApiCorsConfigurationSource implements CorsConfigurationSource {

	static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, "RateLimit-Limit",
			"RateLimit-Remaining", "RateLimit-Reset", HttpHeaders.RETRY_AFTER, "X-Request-Id");

	private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

	private static final List<HttpMethod> WRITES = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	private final CorsProperties properties;

	private final List<String> writeOrigins;

	private final ObjectProvider<RequestMappingHandlerMapping> routes;

	/**
	 * @param publicBaseUrl where clients reach the API: its origin (Swagger UI's) may
	 * write too, as a browser sees it, even where a proxy in front makes the server see
	 * another scheme or port
	 */
	ApiCorsConfigurationSource(CorsProperties properties, String publicBaseUrl,
			ObjectProvider<RequestMappingHandlerMapping> routes) {
		this.properties = properties;
		List<String> origins = new ArrayList<>(properties.writeOrigins());
		String publicOrigin = origin(publicBaseUrl);
		if (!origins.contains(publicOrigin)) {
			origins.add(publicOrigin);
		}
		this.writeOrigins = List.copyOf(origins);
		this.routes = routes;
	}

	private static String origin(String url) {
		URI uri = URI.create(url);
		return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
				+ ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

	@Override
	public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		boolean writer = origin != null && this.writeOrigins.contains(origin);
		if (CorsUtils.isPreFlightRequest(request)) {
			return preflight(request, writer);
		}
		HttpMethod method = HttpMethod.valueOf(request.getMethod());
		if (READS.contains(method) || method == HttpMethod.OPTIONS) {
			return configuration(List.of("*"), List.copyOf(READS), List.of());
		}
		// A write: only a listed origin's is answered; any other is refused (no origin
		// matches).
		return configuration(this.writeOrigins, List.of(method), List.of());
	}

	private CorsConfiguration preflight(HttpServletRequest request, boolean writer) {
		Set<HttpMethod> taken = methodsOf(request);
		List<HttpMethod> methods = new ArrayList<>();
		for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.HEAD)) {
			if (taken.contains(method)) {
				methods.add(method);
			}
		}
		if (writer) {
			WRITES.stream().filter(taken::contains).forEach(methods::add);
		}
		List<String> headers = new ArrayList<>(
				List.of(HttpHeaders.IF_NONE_MATCH, ApiKeyAuthenticationFilter.HEADER, "X-Request-Id"));
		if (writer && methods.stream().anyMatch((method) -> method != HttpMethod.GET && method != HttpMethod.HEAD)) {
			headers.add(HttpHeaders.CONTENT_TYPE);
		}
		if (writer && methods.stream()
			.anyMatch((method) -> method == HttpMethod.PUT || method == HttpMethod.PATCH
					|| method == HttpMethod.DELETE)) {
			headers.add(HttpHeaders.IF_MATCH);
		}
		List<String> origins = (methods.stream().allMatch(READS::contains)) ? List.of("*") : this.writeOrigins;
		CorsConfiguration configuration = configuration(origins, methods, headers);
		configuration.setMaxAge(this.properties.maxAge());
		return configuration;
	}

	/**
	 * The methods of the routes whose path matches the request's; every method where no
	 * route matches, so that a path the API does not have gets its 404 problem, not a
	 * refused preflight. HEAD goes with GET, as Spring MVC answers it.
	 */
	private Set<HttpMethod> methodsOf(HttpServletRequest request) {
		Set<HttpMethod> methods = new HashSet<>();
		RequestMappingHandlerMapping mapping = this.routes.getIfAvailable();
		if (mapping != null) {
			PathContainer path = PathContainer.parsePath(request.getRequestURI());
			for (RequestMappingInfo route : mapping.getHandlerMethods().keySet()) {
				if (matches(route.getPathPatternsCondition(), path)) {
					methods.addAll(methodsOf(route.getMethodsCondition()));
				}
			}
		}
		if (methods.isEmpty()) {
			methods.addAll(READS);
			methods.addAll(WRITES);
		}
		if (methods.contains(HttpMethod.GET)) {
			methods.add(HttpMethod.HEAD);
		}
		return methods;
	}

	private static boolean matches(PathPatternsRequestCondition patterns, PathContainer path) {
		return patterns != null && patterns.getPatterns().stream().anyMatch((pattern) -> pattern.matches(path));
	}

	private static Set<HttpMethod> methodsOf(RequestMethodsRequestCondition condition) {
		Set<HttpMethod> methods = new HashSet<>();
		if (condition.getMethods().isEmpty()) {
			methods.addAll(READS);
			methods.addAll(WRITES);
		}
		condition.getMethods().forEach((method) -> methods.add(method.asHttpMethod()));
		return methods;
	}

	private static CorsConfiguration configuration(List<String> origins, List<HttpMethod> methods,
			List<String> headers) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(origins);
		configuration.setAllowedMethods(methods.stream().map(HttpMethod::name).toList());
		configuration.setAllowedHeaders(headers);
		configuration.setExposedHeaders(EXPOSED_HEADERS);
		configuration.setAllowCredentials(false);
		return configuration;
	}

}
