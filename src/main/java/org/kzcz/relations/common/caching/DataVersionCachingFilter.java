package org.kzcz.relations.common.caching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kzcz.relations.common.guards.FilterOrders;
import org.kzcz.relations.common.problems.DatabaseUnavailable;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP caching for every public GET under {@code /api/}: the ETag is the data version (a
 * counter that any change to stored facts moves) combined with a hash of the request
 * (path, query, Accept). A matching {@code If-None-Match} is answered 304 from the
 * version kept in memory ({@link DataVersion}), without any statement. After a write
 * through this instance succeeds, the version is read at once, so the next read here
 * names the new one even before PostgreSQL's notification arrives.
 */
@Component
@Order(FilterOrders.DATA_VERSION)
class DataVersionCachingFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=60, must-revalidate";

	static final String DATA_VERSION_ATTRIBUTE = DataVersionCachingFilter.class.getName() + ".dataVersion";

	static final String REQUEST_HASH_ATTRIBUTE = DataVersionCachingFilter.class.getName() + ".requestHash";

	private final DataVersion dataVersion;

	private final DatabaseUnavailable databaseUnavailable;

	DataVersionCachingFilter(DataVersion dataVersion, DatabaseUnavailable databaseUnavailable) {
		this.dataVersion = dataVersion;
		this.databaseUnavailable = databaseUnavailable;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if (!(method.equals("GET") || method.equals("HEAD"))) {
			chain.doFilter(request, response);
			if (response.getStatus() < 400) {
				this.dataVersion.refresh();
			}
			return;
		}
		if (request.getHeader("X-API-Key") != null) {
			// Answers to an authenticated caller are private to it.
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			chain.doFilter(request, response);
			return;
		}
		long version;
		try {
			version = this.dataVersion.current();
		}
		catch (DataAccessException ex) {
			this.databaseUnavailable.write(response);
			return;
		}
		String hash = requestHash(request);
		request.setAttribute(DATA_VERSION_ATTRIBUTE, version);
		request.setAttribute(REQUEST_HASH_ATTRIBUTE, hash);
		String etag = "W/\"d" + version + "-" + hash + "\"";
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.addHeader(HttpHeaders.VARY, "Accept");
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag, version, hash)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String requestHash(HttpServletRequest request) {
		CRC32 crc = new CRC32();
		crc.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
		if (request.getQueryString() != null) {
			crc.update('?');
			crc.update(request.getQueryString().getBytes(StandardCharsets.UTF_8));
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null) {
			crc.update('|');
			crc.update(accept.getBytes(StandardCharsets.UTF_8));
		}
		return Long.toHexString(crc.getValue());
	}

	private static boolean matches(String ifNoneMatch, String etag, long version, String hash) {
		if (ifNoneMatch == null) {
			return false;
		}
		String weakless = etag.substring(2);
		for (String candidate : ifNoneMatch.split(",")) {
			String trimmed = candidate.trim();
			if (trimmed.equals("*") || trimmed.equals(etag) || trimmed.equals(weakless)
					|| ResourceVersions.isCurrentRead(trimmed, version, hash)) {
				return true;
			}
		}
		return false;
	}

}
