package org.kzcz.relations.security;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} (encoded slashes, percents and periods,
 * {@code ;}, {@code //}, {@code ..}, NUL and control characters refused) plus two rules
 * of ours:
 * <ul>
 * <li>a percent-encoded unreserved character in the path ({@code /api/v1/%61dmin}) is
 * refused: RFC 3986 says a URI should not encode them, and a path that reads one way raw
 * and another way decoded is how checks and routing come to disagree;</li>
 * <li>the parameters are decoded here, once, so an invalid escape ({@code ?q=%},
 * {@code %zz}, bytes that are not UTF-8) is a 400 before any filter or handler asks for a
 * parameter (Tomcat throws from whichever {@code getParameter} comes first).</li>
 * </ul>
 */
final class ApiFirewall implements HttpFirewall {

	private static final Pattern ENCODED_UNRESERVED = Pattern
		.compile("%(?:[46][1-9a-fA-F]|[57][0-9aA]|3[0-9]|2[dDeE]|5[fF]|7[eE])");

	private final StrictHttpFirewall strict = new StrictHttpFirewall();

	@Override
	public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
		String uri = request.getRequestURI();
		if (uri != null && ENCODED_UNRESERVED.matcher(uri).find()) {
			throw new RequestRejectedException("The path percent-encodes an unreserved character.");
		}
		FirewalledRequest firewalled = this.strict.getFirewalledRequest(request);
		try {
			firewalled.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			throw new RequestRejectedException("The query string could not be decoded.");
		}
		return firewalled;
	}

	@Override
	public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
		return this.strict.getFirewalledResponse(response);
	}

}
