package org.kzcz.relations.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.problems.FilterProblems;
import org.kzcz.relations.common.problems.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, with two changes. An answer open to every origin (a public read)
 * carries {@code Access-Control-Allow-Origin: *} whether or not the request named an
 * origin, so it is the same for every caller and a shared cache need not keep one copy
 * per origin ({@code Vary: Origin} only where the answer depends on it: preflights and
 * writes). And a refused request gets a problem body like every other refusal, not
 * Spring's plain-text one.
 */
class ApiCorsProcessor extends DefaultCorsProcessor {

	private final FilterProblems problems;

	ApiCorsProcessor(FilterProblems problems) {
		this.problems = problems;
	}

	@Override
	public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (config != null && openToEveryOrigin(config) && !CorsUtils.isPreFlightRequest(request)) {
			if (response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN) == null) {
				response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
				response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
						String.join(", ", config.getExposedHeaders()));
			}
			return true;
		}
		return super.processRequest(config, request, response);
	}

	private static boolean openToEveryOrigin(CorsConfiguration config) {
		return List.of("*").equals(config.getAllowedOrigins()) && !Boolean.TRUE.equals(config.getAllowCredentials());
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		HttpServletResponse servletResponse = ((ServletServerHttpResponse) response).getServletResponse();
		// Headers Spring set on the wrapper (Vary) reach the servlet response first.
		response.flush();
		this.problems.write(servletResponse, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
				"Cross-origin request refused: pages of this origin may read the API but not write to it "
						+ "(app.cors.write-origins), or the preflight asked for a method or header this route "
						+ "does not take.");
	}

}
