package org.kzcz.relations.security;

import jakarta.servlet.DispatcherType;

import org.kzcz.relations.common.problems.FilterProblems;
import org.kzcz.relations.ratelimit.FailedAuthentications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Stateless API-key security, and every access rule of the API in one table: reads are
 * public, writes need a curator or admin key, {@code /api/v1/admin/**} and the actuator
 * (but health and info) an admin key. Spring Security matches these rules against the
 * decoded, normalised path, as Spring MVC routes it, after {@link ApiFirewall} has
 * refused the path forms that could make the two disagree.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String[] ADMIN = { Role.ADMIN.name() };

	private static final String[] CURATOR_OR_ADMIN = { Role.CURATOR.name(), Role.ADMIN.name() };

	/**
	 * The explorer page's policy: its own script, style and images only (no inline script
	 * or style, no other host), and fetches to this origin only. Even a stored title that
	 * reached the page as markup could run nothing.
	 */
	static final String EXPLORER_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
			+ "style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	ApiKeyAuthenticationFilter apiKeyAuthenticationFilter(ApiKeyService keys, ProblemResponses problems,
			FailedAuthentications failures) {
		return new ApiKeyAuthenticationFilter(keys, problems, failures);
	}

	@Bean
	FilterRegistrationBean<ApiKeyAuthenticationFilter> apiKeyFilterNotAsServletFilter(
			ApiKeyAuthenticationFilter filter) {
		// Runs inside the security filter chain only, not a second time as a plain
		// servlet filter.
		FilterRegistrationBean<ApiKeyAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	ApiCorsConfigurationSource corsConfigurationSource(CorsProperties properties,
			@Value("${app.public-base-url}") String publicBaseUrl,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> routes) {
		return new ApiCorsConfigurationSource(properties, publicBaseUrl, routes);
	}

	@Bean
	ApiCorsProcessor corsProcessor(FilterProblems problems) {
		return new ApiCorsProcessor(problems);
	}

	/**
	 * Spring Security's CORS filter ({@code .cors()} takes the bean of this name), with
	 * our processor: it runs first in the security chain, so every answer after it, the
	 * 401s, 403s and 429s of the chain and the problems of the filters behind it
	 * included, carries the CORS headers and a browser lets the page read the problem.
	 */
	@Bean
	CorsFilter corsFilter(CorsConfigurationSource corsConfigurationSource, ApiCorsProcessor processor) {
		CorsFilter filter = new CorsFilter(corsConfigurationSource);
		filter.setCorsProcessor(processor);
		return filter;
	}

	@Bean
	FilterRegistrationBean<CorsFilter> corsFilterNotAsServletFilter(CorsFilter filter) {
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiKeyAuthenticationFilter apiKeys,
			ProblemResponses problems) throws Exception {
		return http.csrf(AbstractHttpConfigurer::disable) // no cookies or sessions: keys
															// travel in a header
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.cors(Customizer.withDefaults())
			// The explorer's page and assets (static/), and only those: the API's answers
			// are
			// data, and Swagger UI needs inline script.
			.headers((headers) -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(explorerPage(),
					new StaticHeadersWriter("Content-Security-Policy", EXPLORER_CONTENT_SECURITY_POLICY))))
			.addFilterBefore(apiKeys, AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				// The container's error page renders the error of a request already
				// authorized.
				.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**", "/api/v1/admin/**")
				.hasAnyRole(ADMIN)
				.requestMatchers(HttpMethod.GET)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD)
				.permitAll()
				.requestMatchers(HttpMethod.OPTIONS)
				.permitAll()
				.anyRequest()
				.hasAnyRole(CURATOR_OR_ADMIN))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.unauthorized(response,
						"This request needs an API key in the " + ApiKeyAuthenticationFilter.HEADER
								+ " header: a curator key for writes, an admin key for /api/v1/admin."))
				.accessDeniedHandler((request, response, ex) -> problems.forbidden(response,
						"This credential may not use this resource: only an admin key may manage API keys.")))
			.build();
	}

	private static RequestMatcher explorerPage() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(paths.matcher("/"), paths.matcher("/index.html"), paths.matcher("/explorer*"));
	}

	@Bean
	HttpFirewall apiFirewall() {
		return new ApiFirewall();
	}

	/**
	 * A URL the firewall refuses (an encoded slash, percent, NUL or unreserved character,
	 * a path traversal, an undecodable parameter) gets a 400 problem like every other bad
	 * request, not the container's error page. The firewall runs before the security
	 * chain's CORS filter, so the CORS headers are added here.
	 */
	@Bean
	RequestRejectedHandler problemRequestRejectedHandler(ProblemResponses problems,
			CorsConfigurationSource corsConfigurationSource, ApiCorsProcessor cors) {
		return (request, response, ex) -> {
			if (cors.processRequest(corsConfigurationSource.getCorsConfiguration(request), request, response)) {
				problems.badRequest(response, "The request URL contains characters or sequences that are not allowed.");
			}
		};
	}

}
