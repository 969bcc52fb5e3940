package org.kzcz.relations.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Rebuilds a request's query string without its paging parameters, for page links.
 */
public final class QueryStrings {

	private static final Set<String> PAGING = Set.of("page", "size", "sort");

	private QueryStrings() {
	}

	public static String withoutPaging(HttpServletRequest request) {
		return request.getParameterMap()
			.entrySet()
			.stream()
			.filter((entry) -> !PAGING.contains(entry.getKey()))
			.sorted(Map.Entry.comparingByKey())
			.flatMap((entry) -> java.util.Arrays.stream(entry.getValue())
				.map((value) -> encode(entry.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		// A parameter sent without '=' may come as null rather than "".
		return (value != null) ? URLEncoder.encode(value, StandardCharsets.UTF_8) : "";
	}

}
