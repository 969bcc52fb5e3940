package org.kzcz.relations.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * ETags of versioned resources and their {@code If-Match} checks.
 * <p>
 * A resource read answers {@code "v<version>-d<dataVersion>-<requestHash>"}: the version
 * lets a curator's {@code If-Match} prove which state it edits, and the data-version part
 * lets {@link DataVersionCachingFilter} answer {@code If-None-Match} with 304 before any
 * query. Writes answer {@code "v<version>"}. For {@code If-Match} only the version
 * counts.
 */
public final class ResourceVersions {

	private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"v(\\d{1,18})(?:-d\\d+-[0-9a-f]+)?\"$");

	private ResourceVersions() {
	}

	/** The ETag of a resource read in this request. */
	public static String readEtag(HttpServletRequest request, long version) {
		Object dataVersion = request.getAttribute(DataVersionCachingFilter.DATA_VERSION_ATTRIBUTE);
		Object hash = request.getAttribute(DataVersionCachingFilter.REQUEST_HASH_ATTRIBUTE);
		if (dataVersion == null || hash == null) {
			return writeEtag(version);
		}
		return "\"v" + version + "-d" + dataVersion + "-" + hash + "\"";
	}

	/** The ETag of a resource as a write left it. */
	public static String writeEtag(long version) {
		return "\"v" + version + "\"";
	}

	/**
	 * Checks an {@code If-Match} header against the resource's current version.
	 * @throws PreconditionRequiredException when the header is missing (428)
	 * @throws PreconditionFailedException when it names another version (412)
	 */
	public static void checkIfMatch(String ifMatch, long currentVersion) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		if (ifMatch.trim().equals("*")) {
			return;
		}
		for (String candidate : ifMatch.split(",")) {
			Matcher matcher = VERSION.matcher(candidate.trim());
			if (matcher.matches() && Long.parseLong(matcher.group(1)) == currentVersion) {
				return;
			}
		}
		throw new PreconditionFailedException(
				"The resource has changed since you read it (it is now at version " + currentVersion + ").");
	}

	/**
	 * The version an {@code If-Match} header names, for the optimistic-lock check of the
	 * update itself.
	 */
	public static long versionOf(String ifMatch) {
		Matcher matcher = VERSION.matcher(ifMatch.trim());
		if (!matcher.matches()) {
			throw new PreconditionFailedException("If-Match does not name a version of this resource.");
		}
		return Long.parseLong(matcher.group(1));
	}

	static boolean isCurrentRead(String token, long dataVersion, String requestHash) {
		return token.endsWith("-d" + dataVersion + "-" + requestHash + "\"") && VERSION.matcher(token).matches();
	}

}
