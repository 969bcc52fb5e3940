package org.kzcz.relations.common.guards;

import java.io.IOException;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.problems.FilterProblems;
import org.kzcz.relations.common.problems.ProblemTypes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an overlong request target with 414 (URI Too Long) and oversized headers with
 * 431 (Request Header Fields Too Large), as problems. Tomcat itself answers only 400 for
 * both, so it is given a larger buffer ({@code server.max-http-request-header-size}) and
 * these limits, well below it, are the ones a client meets: by default 8 KiB for the path
 * and query, 8 KiB for one header line and 16 KiB for all of them.
 */
@Component
@Order(FilterOrders.REQUEST_HEAD_LIMITS)
class RequestHeadLimitFilter extends OncePerRequestFilter {

	private final FilterProblems problems;

	private final int maxTarget;

	private final int maxHeaderLine;

	private final int maxHeaders;

	RequestHeadLimitFilter(FilterProblems problems, @Value("${app.max-request-target-bytes:8192}") int maxTarget,
			@Value("${app.max-request-header-line-bytes:8192}") int maxHeaderLine,
			@Value("${app.max-request-headers-bytes:16384}") int maxHeaders) {
		this.problems = problems;
		this.maxTarget = maxTarget;
		this.maxHeaderLine = maxHeaderLine;
		this.maxHeaders = maxHeaders;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (targetLength(request) > this.maxTarget) {
			this.problems.write(response, HttpStatus.URI_TOO_LONG, ProblemTypes.URI_TOO_LONG, "URI too long",
					"The path and query are limited to " + this.maxTarget + " bytes.");
			return;
		}
		String oversized = oversizedHeaders(request);
		if (oversized != null) {
			this.problems.write(response, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, ProblemTypes.HEADERS_TOO_LARGE,
					"Request header fields too large", oversized);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The request target as sent: Tomcat keeps the URI undecoded, one char a byte. */
	private static int targetLength(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI().length() + ((query != null) ? query.length() + 1 : 0);
	}

	/** Why the headers are too large, or null: each line counted as "Name: value\r\n". */
	private String oversizedHeaders(HttpServletRequest request) {
		long total = 0;
		for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements();) {
			String name = names.nextElement();
			for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements();) {
				int line = name.length() + 2 + values.nextElement().length() + 2;
				if (line > this.maxHeaderLine) {
					return "The header " + name + " is over " + this.maxHeaderLine + " bytes.";
				}
				total += line;
			}
		}
		return (total > this.maxHeaders) ? "The headers are over " + this.maxHeaders + " bytes in all." : null;
	}

}
