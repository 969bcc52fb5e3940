package org.kzcz.relations.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which browser pages may call the API from another origin. Reads are open to every
 * origin; writes only to the origins listed here (none by default), each written as a
 * browser sends it in {@code Origin}: scheme, host and port, no path
 * ({@code http://127.0.0.1:3000}).
 *
 * @param writeOrigins the origins whose pages may send POST, PUT, PATCH and DELETE
 * @param maxAge how long a browser may reuse a preflight answer
 */
@ConfigurationProperties("app.cors")
record CorsProperties(@DefaultValue List<String> writeOrigins, @DefaultValue("1h") Duration maxAge) {

	CorsProperties {
		writeOrigins = writeOrigins.stream().map(String::trim).filter((origin) -> !origin.isEmpty()).toList();
		for (String origin : writeOrigins) {
			if (origin.equals("*") || origin.endsWith("/") || !origin.matches("https?://[^/?#*\\s]+")) {
				throw new IllegalArgumentException("app.cors.write-origins: '" + origin
						+ "' is not an origin (scheme://host[:port], no path, no wildcard)");
			}
		}
	}

}
