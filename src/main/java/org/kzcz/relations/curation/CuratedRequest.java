package org.kzcz.relations.curation;

/**
 * A curator's request body for a resource known by slug (POST, PUT, or a PATCH's result).
 */
public interface CuratedRequest {

	String slug();

}
