package org.kzcz.relations.trade.analysis;

/**
 * How the source qualified a value: exact as printed, about, almost (just under), more
 * than (a lower bound) or at most (an upper bound).
 */
public enum ValueQualifier {

	EXACT, APPROXIMATE, ALMOST, MORE_THAN, AT_MOST;

	/** Whether the value is a bound rather than a value, so it cannot be checked. */
	boolean isBound() {
		return this == MORE_THAN || this == AT_MOST;
	}

}
