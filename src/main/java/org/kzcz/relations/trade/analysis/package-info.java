/**
 * The trade analysis, pure (no Spring, no database): the figures one query read are
 * indexed once ({@code FigureIndex}); each figure's change and consistency flags are
 * functions of that index ({@code FigureChecks}); {@link TradeAnalysis} builds the
 * series, balance, comparison and flag views from the two. The value types here (periods,
 * scales, reporters, changes, flags) are what the answers are made of.
 */
package org.kzcz.relations.trade.analysis;
