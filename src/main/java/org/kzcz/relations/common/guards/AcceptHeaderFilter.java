package org.kzcz.relations.common.guards;

import java.io.IOException;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.problems.FilterProblems;
import org.kzcz.relations.common.problems.ProblemTypes;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An Accept header that is not a media-type list gets a 406 problem at once. Further in,
 * Spring MVC would answer 406 too, but could not write the problem body: choosing its
 * content type parses the same header again and fails.
 */
@Component
@Order(FilterOrders.ACCEPT_HEADER)
class AcceptHeaderFilter extends OncePerRequestFilter {

	private final FilterProblems problems;

	AcceptHeaderFilter(FilterProblems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
		}
		catch (IllegalArgumentException ex) {
			this.problems.write(response, HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
					"The Accept header is not a valid list of media types.");
			return;
		}
		chain.doFilter(request, response);
	}

}
