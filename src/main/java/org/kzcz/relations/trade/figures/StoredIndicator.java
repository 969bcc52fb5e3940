package org.kzcz.relations.trade.figures;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Everything a stored trade figure can measure: the flows and investment the analytics
 * read ({@link TradeIndicator}), and the counts and ranks sources state alongside them.
 * Money indicators carry a currency; counts and ranks do not.
 */
@Schema(name = "StoredTradeIndicator", description = """
		What a stored figure measures, from the country's side: EXPORTS (country to partner), IMPORTS, \
		TURNOVER, FDI_INFLOW (into country from partner), FDI_CUMULATIVE (money, with a currency); \
		COMPANIES_COUNT, STUDENTS_COUNT (counts) and TRADE_PARTNER_RANK, CRUDE_OIL_SUPPLIER_RANK (ranks), \
		without a currency.""")
enum StoredIndicator {

	EXPORTS, IMPORTS, TURNOVER, FDI_INFLOW, FDI_CUMULATIVE, COMPANIES_COUNT, STUDENTS_COUNT, TRADE_PARTNER_RANK,
	CRUDE_OIL_SUPPLIER_RANK;

	/** Whether the figure is an amount of money, stated in a currency. */
	public boolean isMoney() {
		return !isCount() && !isRank();
	}

	/** Whether the figure is a trade flow (goods moving), which cannot be negative. */
	public boolean isTradeFlow() {
		return this == EXPORTS || this == IMPORTS || this == TURNOVER;
	}

	/** Whether the figure counts something (companies, students). */
	public boolean isCount() {
		return this == COMPANIES_COUNT || this == STUDENTS_COUNT;
	}

	/** Whether the figure is a position in a ranking. */
	public boolean isRank() {
		return this == TRADE_PARTNER_RANK || this == CRUDE_OIL_SUPPLIER_RANK;
	}

}
