/**
 * HTTP caching: the data version behind every {@code ETag}, the filter that answers
 * {@code If-None-Match} before any work, the in-memory response cache, and the
 * {@code If-Match} check of writes.
 */
package org.kzcz.relations.common.caching;
