package org.kzcz.relations.trade.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.trade.analysis.BalanceRow;
import org.kzcz.relations.trade.analysis.TradeRequest;

/**
 * Exports, imports, turnover, balance and coverage per reporter and period.
 *
 * @param request the request, after defaults
 * @param rows one row per reporter, period and currency
 */
@Schema(name = "TradeBalance", description = "The trade balance per reporter and period")
record TradeBalanceResponse(TradeRequest request, List<BalanceRow> rows) {

}
