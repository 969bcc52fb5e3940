package org.kzcz.relations.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.problems.DatabaseUnavailable;
import org.kzcz.relations.common.guards.RequestLogFilter;
import org.kzcz.relations.ratelimit.FailedAuthentications;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the {@code X-API-Key} header. No header: the caller stays anonymous (reads are
 * public). A key that is unknown or revoked is refused with 401 whatever the request, so
 * a script learns at once that its key is wrong; each refusal counts against the caller's
 * address, and once its anonymous budget is spent the answer is 429.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final ApiKeyService keys;

	private final ProblemResponses problems;

	/**
	 * Refused keys count against the caller's address, so keys cannot be guessed at full
	 * speed.
	 */
	private final FailedAuthentications failures;

	ApiKeyAuthenticationFilter(ApiKeyService keys, ProblemResponses problems, FailedAuthentications failures) {
		this.keys = keys;
		this.problems = problems;
		this.failures = failures;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String raw = request.getHeader(HEADER);
		if (raw == null || raw.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiKeyPrincipal> principal;
		try {
			principal = this.keys.authenticate(raw.trim());
		}
		catch (RuntimeException ex) {
			if (!DatabaseUnavailable.causedBy(ex)) {
				throw ex;
			}
			// Without the database no key can be checked: the same 503 as every read
			// gets.
			this.problems.databaseUnavailable(response);
			return;
		}
		if (principal.isEmpty()) {
			if (this.failures.admit(request, response)) {
				this.problems.unauthorized(response, "The API key is unknown or has been revoked.");
			}
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(principal.get()));
		RequestLogFilter.noteApiKey(request, principal.get().keyId());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

		private final ApiKeyPrincipal principal;

		ApiKeyAuthentication(ApiKeyPrincipal principal) {
			super(List.of(new SimpleGrantedAuthority("ROLE_" + principal.role().name())));
			this.principal = principal;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public ApiKeyPrincipal getPrincipal() {
			return this.principal;
		}

	}

}
