package org.kzcz.relations.organizations;

/**
 * How an organization is active in a country.
 */
public enum EngagementKind {

	OPERATES_IN, TENDERED_IN, COOPERATION_INTEREST, SUPPLIES, PARTNER_OF_PROJECT

}
