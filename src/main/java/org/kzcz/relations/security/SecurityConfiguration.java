package org.kzcz.relations.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Stateless API-key security. Spring Security authenticates the key and writes the
 * security headers; which handler needs which role is decided by
 * {@link WriteAccessInterceptor}, after the handler is known. The actuator shows health
 * and info to everybody and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	@Bean
	ApiKeyAuthenticationFilter apiKeyAuthenticationFilter(ApiKeyService keys, ProblemResponses problems) {
		return new ApiKeyAuthenticationFilter(keys, problems);
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
			.addFilterBefore(apiKeys, AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.requestMatchers("/actuator/**")
						.hasRole(Role.ADMIN.name())
						.anyRequest()
						.permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(
					(request, response, ex) -> problems.unauthorized(response, "This resource needs an admin API key."))
				.accessDeniedHandler((request, response, ex) -> problems.forbidden(response,
						"This credential may not use this resource.")))
			.build();
	}

	/**
	 * A URL the firewall refuses (an encoded slash, percent or NUL, a path traversal)
	 * gets a 400 problem like every other bad request, not the container's error page.
	 */
	@Bean
	RequestRejectedHandler problemRequestRejectedHandler(ProblemResponses problems) {
		return (request, response, ex) -> problems.badRequest(response,
				"The request URL contains characters or sequences that are not allowed.");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new WriteAccessInterceptor()).addPathPatterns("/api/**");
	}

}
