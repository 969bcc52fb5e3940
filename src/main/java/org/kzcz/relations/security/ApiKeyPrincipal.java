package org.kzcz.relations.security;

/**
 * Who is calling, as far as writes and history are concerned.
 */
record ApiKeyPrincipal(long keyId, String name, Role role) {

	/** How the audit log names this caller. */
	String actor() {
		return this.name + " (key " + this.keyId + ")";
	}

}
