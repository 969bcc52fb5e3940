package org.kzcz.relations.curation;

/**
 * The detail answer of a curated resource: its version, which its ETag names, and its
 * address, which a create answers as Location.
 */
public interface CuratedResponse {

	long version();

	String self();

}
