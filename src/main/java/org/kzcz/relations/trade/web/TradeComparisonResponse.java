package org.kzcz.relations.trade.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.trade.analysis.ComparisonGroup;
import org.kzcz.relations.trade.analysis.TradeRequest;

/**
 * Every reporter's figure for the same flow and period, side by side with the gap between
 * them. Figures are never averaged.
 *
 * @param request the request, after defaults
 * @param groups one group per indicator and period
 */
@Schema(name = "TradeComparison", description = "Every reporter's figure for one flow and period, and the gaps")
record TradeComparisonResponse(TradeRequest request, List<ComparisonGroup> groups) {

}
