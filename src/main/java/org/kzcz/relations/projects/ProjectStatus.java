package org.kzcz.relations.projects;

/**
 * Where a cooperation project stands.
 */
public enum ProjectStatus {

	PLANNED, ACTIVE, COMPLETED, SUSPENDED

}
