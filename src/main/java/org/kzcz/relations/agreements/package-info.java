/**
 * Agreements, memoranda and joint statements: who the parties are, when and where they
 * were signed and by whom, and the projects they underpin.
 */
package org.kzcz.relations.agreements;
