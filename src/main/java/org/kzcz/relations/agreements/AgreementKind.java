package org.kzcz.relations.agreements;

/**
 * What sort of instrument an agreement is.
 */
public enum AgreementKind {

	AGREEMENT, MEMORANDUM, MOU, FRAMEWORK, JOINT_STATEMENT, TREATY

}
