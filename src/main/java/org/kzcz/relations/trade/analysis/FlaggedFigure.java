package org.kzcz.relations.trade.analysis;

/**
 * A figure the analysis raised flags on, as a series point (its flags included).
 *
 * @param point the figure, from the requested country's side
 * @param figureId the stored figure's id when the point is a figure stored from this
 * side, else null (mirrored or computed)
 */
public record FlaggedFigure(TradePoint point, Long figureId) {
}
