package org.kzcz.relations.config;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The rules of {@code app.public-base-url} (APP_PUBLIC_BASE_URL), the address clients
 * reach the API at: an absolute http or https URL with a host and without a trailing
 * slash, query or fragment, since paths are appended to it. A wrong one stops the start
 * rather than being served.
 */
final class PublicBaseUrl {

	private PublicBaseUrl() {
	}

	static String check(String url) {
		try {
			URI uri = new URI(url);
			boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
			if (web && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null
					&& !url.endsWith("/")) {
				return url;
			}
		}
		catch (URISyntaxException ex) {
			// reported below, with the rule
		}
		throw new IllegalStateException("app.public-base-url (APP_PUBLIC_BASE_URL) must be an absolute http or https "
				+ "URL without a trailing slash, such as https://api.example.org, not '" + url + "'");
	}

}
