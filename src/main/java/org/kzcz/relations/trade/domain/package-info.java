/**
 * Trade figures and the arithmetic on them: periods and their comparable predecessors,
 * changes, implied values, balance, consistency flags. {@link TradeMath} and
 * {@link TradeAnalysis} are pure and need no Spring; {@link TradeService} runs the one
 * query per request. {@link TradeFigureService} reads the stored figures one by one and
 * {@link TradeFigureCurationService} writes them, checking every rule of a figure first.
 */
package org.kzcz.relations.trade.domain;
