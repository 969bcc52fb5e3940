package org.kzcz.relations.common.paging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.kzcz.relations.common.guards.DeclaredParameters;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Rebuilds a request's query string for page links: the parameters the operation
 * declares, without the paging ones. Anything else the client sent (a misspelt filter, an
 * {@code api_key}) is never echoed, so a link cannot carry a secret or an injected value
 * on to wherever the page is shared or logged.
 */
public final class QueryStrings {

	private static final Set<String> PAGING = Set.of("page", "size", "sort");

	private QueryStrings() {
	}

	public static String withoutPaging(HttpServletRequest request) {
		Set<String> declared = (request
			.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)
					? DeclaredParameters.of(handler) : Set.of();
		return request.getParameterMap()
			.entrySet()
			.stream()
			.filter((entry) -> declared.contains(entry.getKey()) && !PAGING.contains(entry.getKey()))
			.sorted(Map.Entry.comparingByKey())
			.flatMap((entry) -> Arrays.stream(entry.getValue())
				.map((value) -> encode(entry.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		// A parameter sent without '=' may come as null rather than "".
		return (value != null) ? URLEncoder.encode(value, StandardCharsets.UTF_8) : "";
	}

}
