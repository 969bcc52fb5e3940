/**
 * Per-client request budgets (Bucket4j token buckets): anonymous callers by address,
 * curators by key.
 */
package org.kzcz.relations.ratelimit;
