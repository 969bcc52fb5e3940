package org.kzcz.relations.officials;

/**
 * What sort of post a person held, whatever its exact title.
 */
public enum RoleKind {

	HEAD_OF_STATE, HEAD_OF_GOVERNMENT, DEPUTY_HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, DEPUTY_FOREIGN_MINISTER, MINISTER,
	AMBASSADOR, HEAD_OF_MISSION, DIPLOMAT, REGIONAL_GOVERNOR, INSTITUTION_HEAD, OTHER

}
