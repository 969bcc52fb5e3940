package org.kzcz.relations.agreements;

/**
 * Where an agreement stands, from proposal to expiry. Only signed, in-force or expired
 * agreements carry a signing date. AGREED: the parties are reported to have reached
 * agreement, no signature is mentioned; UNKNOWN: the sources name the agreement but not
 * where it stands.
 */
public enum AgreementStatus {

	PROPOSED, UNDER_NEGOTIATION, AGREED, SIGNED, IN_FORCE, EXPIRED, UNKNOWN

}
