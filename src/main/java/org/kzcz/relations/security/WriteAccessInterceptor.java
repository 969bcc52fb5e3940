package org.kzcz.relations.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.AuthenticationRequiredException;
import org.kzcz.relations.common.ForbiddenException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards writes once Spring MVC has found the handler and before it reads the body: a
 * method the resource does not support still answers 405, an anonymous write 401 (without
 * validating its body), a curator on an admin route 403. Reads of
 * {@code /api/v1/admin/**} need an admin too.
 */
class WriteAccessInterceptor implements HandlerInterceptor {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		boolean admin = request.getRequestURI().startsWith("/api/v1/admin/");
		if (!admin && READS.contains(request.getMethod())) {
			return true;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ApiKeyPrincipal principal)) {
			throw new AuthenticationRequiredException(
					"This request needs a curator API key in the " + ApiKeyAuthenticationFilter.HEADER + " header.");
		}
		if (admin && principal.role() != Role.ADMIN) {
			throw new ForbiddenException("Only an admin key may manage API keys.");
		}
		return true;
	}

}
