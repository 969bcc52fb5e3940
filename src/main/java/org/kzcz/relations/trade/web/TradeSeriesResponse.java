package org.kzcz.relations.trade.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kzcz.relations.trade.analysis.TradePoint;
import org.kzcz.relations.trade.analysis.TradeRequest;

/**
 * A trade series: one point per reporter and period, each compared only with its own
 * reporter's same period a year before.
 *
 * @param request the request, after defaults
 * @param points the points, by indicator, then period end, start, reporter and currency
 */
@Schema(name = "TradeSeries", description = "One point per reporter and period, with changes, flags and sources")
record TradeSeriesResponse(TradeRequest request, List<TradePoint> points) {

}
