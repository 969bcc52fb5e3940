package org.kzcz.relations.security;

/**
 * What a credential may do: curators change facts; admins also manage credentials.
 */
public enum Role {

	CURATOR, ADMIN

}
