package org.kzcz.relations.common.problems;

import org.kzcz.relations.common.guards.RequestIds;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Finishes every problem body Spring MVC writes ({@link ApiProblemHandler}'s, Spring's
 * own, the error controller's), as {@link FilterProblems} does the filters': it names the
 * request ({@code requestId}), and it is never cacheable ({@code Cache-Control: no-store}
 * replaces the public caching {@code DataVersionCachingFilter} announced before the
 * request turned out to fail).
 */
@RestControllerAdvice
class ProblemBodyAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (!(body instanceof ProblemDetail problem)) {
			return body;
		}
		if (response instanceof ServletServerHttpResponse servlet) {
			// Set on the servlet response itself: it replaces the header the filter set.
			servlet.getServletResponse().setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.getHeaders().remove(HttpHeaders.CACHE_CONTROL);
		}
		return RequestIds.addTo(problem);
	}

}
