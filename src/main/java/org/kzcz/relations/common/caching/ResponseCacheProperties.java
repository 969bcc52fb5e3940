package org.kzcz.relations.common.caching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The in-memory cache of encoded public answers ({@link ResponseCacheFilter}).
 *
 * @param maxSize how many bytes of answers (bodies and headers) it keeps at most; 0
 * switches it off
 * @param maxEntrySize answers larger than this are never kept
 */
@ConfigurationProperties("app.response-cache")
record ResponseCacheProperties(@DefaultValue("16MB") DataSize maxSize, @DefaultValue("1MB") DataSize maxEntrySize) {

	boolean enabled() {
		return this.maxSize.toBytes() > 0;
	}

}
