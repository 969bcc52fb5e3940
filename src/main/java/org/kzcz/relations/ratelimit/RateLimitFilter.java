package org.kzcz.relations.ratelimit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the client budgets to {@code /api/**}. Runs after Spring Security, so an API
 * key's own (higher) budget applies; a request whose key was refused never gets here, and
 * is counted by {@link FailedAuthentications} instead.
 */
@Component
// Between the ETag filter and the response cache (common.guards.FilterOrders): a reused
// answer
// is still counted.
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class RateLimitFilter extends OncePerRequestFilter {

	private final ClientBudgets budgets;

	RateLimitFilter(ClientBudgets budgets) {
		this.budgets = budgets;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.budgets.enabled() || !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean authenticated = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		boolean admitted = authenticated ? this.budgets.admitKey(authentication.getName(), response)
				: this.budgets.admitAnonymous(request, response);
		if (admitted) {
			chain.doFilter(request, response);
		}
	}

}
