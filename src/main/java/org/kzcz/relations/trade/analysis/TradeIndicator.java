package org.kzcz.relations.trade.analysis;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a series measures, always from the {@code country} side of a request: EXPORTS are
 * from country to partner, IMPORTS from partner to country, FDI_INFLOW is investment into
 * country from partner. BALANCE is never stored: it is derived as EXPORTS - IMPORTS of
 * one reporter for one period.
 */
public enum TradeIndicator {

	EXPORTS, IMPORTS, TURNOVER, BALANCE, FDI_INFLOW, FDI_CUMULATIVE;

	/** Whether figures of this indicator are stored (all but BALANCE). */
	public boolean isStored() {
		return this != BALANCE;
	}

	/**
	 * The same flow seen from the partner's side: exports become imports and the other
	 * way round, turnover and balance keep their name (balance changes sign). Investment
	 * into one side is not the same as investment into the other, so FDI has no mirror.
	 */
	public TradeIndicator mirrored() {
		return switch (this) {
			case EXPORTS -> IMPORTS;
			case IMPORTS -> EXPORTS;
			case TURNOVER, BALANCE -> this;
			case FDI_INFLOW, FDI_CUMULATIVE -> null;
		};
	}

	/** The stored indicators a request for these indicators needs to read. */
	static Set<TradeIndicator> storedNeededFor(Set<TradeIndicator> requested) {
		Set<TradeIndicator> needed = EnumSet.noneOf(TradeIndicator.class);
		for (TradeIndicator indicator : requested) {
			switch (indicator) {
				// turnover is checked against exports + imports, balance is derived from
				// them
				case EXPORTS, IMPORTS, TURNOVER, BALANCE -> needed.addAll(EnumSet.of(EXPORTS, IMPORTS, TURNOVER));
				default -> needed.add(indicator);
			}
		}
		return needed;
	}

}
