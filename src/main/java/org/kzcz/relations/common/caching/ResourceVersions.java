package org.kzcz.relations.common.caching;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.kzcz.relations.common.problems.PreconditionFailedException;
import org.kzcz.relations.common.problems.PreconditionRequiredException;

import org.springframework.http.ResponseEntity;

/**
 * ETags of versioned resources and their {@code If-Match} checks.
 * <p>
 * A resource read answers {@code "v<version>-d<dataVersion>-<requestHash>"}: the version
 * lets a curator's {@code If-Match} prove which state it edits, and the data-version part
 * lets {@link DataVersionCachingFilter} answer {@code If-None-Match} with 304 before any
 * query. Writes answer {@code "v<version>"}. For {@code If-Match} only the version
 * counts. Both are strong tags, and Tomcat leaves a response with a strong ETag
 * uncompressed (it would have to weaken the tag), so what a read hands out is what
 * {@code If-Match} takes back.
 */
public final class ResourceVersions {

	/** A strong tag naming a version: If-Match compares strongly (RFC 9110 13.1.1). */
	private static final Pattern VERSION = Pattern.compile("^\"v(\\d{1,18})(?:-d\\d+-[0-9a-f]+)?\"$");

	private static final String WEAK = "W/";

	private ResourceVersions() {
	}

	/**
	 * A resource as read in this request: 200 with the ETag of its version in this read.
	 */
	public static <T extends Versioned> ResponseEntity<T> read(HttpServletRequest request, T resource) {
		return ResponseEntity.ok().eTag(readEtag(request, resource.version())).body(resource);
	}

	/** A resource a create stored: 201 with its Location and the ETag of its version. */
	public static <T extends Versioned> ResponseEntity<T> created(T resource) {
		return ResponseEntity.created(URI.create(resource.self())).eTag(writeEtag(resource.version())).body(resource);
	}

	/** A resource as a write left it: 200 with the ETag of its new version. */
	public static <T extends Versioned> ResponseEntity<T> written(T resource) {
		return ResponseEntity.ok().eTag(writeEtag(resource.version())).body(resource);
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
	 * Checks an {@code If-Match} header against the resource's current version, with the
	 * strong comparison RFC 9110 requires: a weak tag never matches.
	 * @throws PreconditionRequiredException when the header is missing, or is {@code *}
	 * (which matches any state, so proves nothing about the one the curator read) (428)
	 * @throws PreconditionFailedException when it names no current version (412)
	 */
	public static void checkIfMatch(String ifMatch, long currentVersion) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		List<String> tags = new ArrayList<>();
		for (String member : ifMatch.split(",")) {
			String tag = member.trim();
			if (!tag.isEmpty() && !tag.equals("*")) {
				tags.add(tag);
			}
		}
		if (tags.isEmpty()) {
			throw new PreconditionRequiredException(
					"If-Match: * matches whatever state the resource is in; send the ETag of your last read of it "
							+ "instead, so no one else's change is overwritten.");
		}
		for (String tag : tags) {
			Matcher matcher = VERSION.matcher(tag);
			if (matcher.matches() && Long.parseLong(matcher.group(1)) == currentVersion) {
				return;
			}
		}
		if (tags.stream().allMatch((tag) -> tag.startsWith(WEAK))) {
			throw new PreconditionFailedException("A weak ETag (W/...) never matches If-Match; send the ETag of your "
					+ "last read exactly as it was given (the resource is at version " + currentVersion + ").");
		}
		throw new PreconditionFailedException(
				"The resource has changed since you read it (it is now at version " + currentVersion + ").");
	}

	/**
	 * Whether an {@code If-None-Match} member names a read of this request at this data
	 * version; weakly compared, as RFC 9110 asks for If-None-Match.
	 */
	static boolean isCurrentRead(String token, long dataVersion, String requestHash) {
		String tag = token.startsWith(WEAK) ? token.substring(WEAK.length()) : token;
		return tag.endsWith("-d" + dataVersion + "-" + requestHash + "\"") && VERSION.matcher(tag).matches();
	}

	/**
	 * An answer naming its version, which its ETag carries, and its own address, which a
	 * create answers as Location.
	 */
	public interface Versioned {

		long version();

		String self();

	}

}
