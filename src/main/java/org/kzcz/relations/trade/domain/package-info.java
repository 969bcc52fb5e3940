/**
 * Trade figures and the arithmetic on them: periods and their comparable predecessors,
 * changes, implied values, balance, consistency flags. {@link TradeMath} and
 * {@link TradeAnalysis} are pure and need no Spring; {@link TradeService} runs the one
 * query per request.
 */
package org.kzcz.relations.trade.domain;
