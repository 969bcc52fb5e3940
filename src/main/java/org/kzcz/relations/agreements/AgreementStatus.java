package org.kzcz.relations.agreements;

/**
 * Where an agreement stands, from proposal to expiry. Only signed, in-force or expired
 * agreements carry a signing date.
 */
public enum AgreementStatus {

	PROPOSED, UNDER_NEGOTIATION, SIGNED, IN_FORCE, EXPIRED

}
