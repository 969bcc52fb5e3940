package org.kzcz.relations.trade.analysis;

/**
 * How a figure's period is shaped: a calendar year, part of one (January to July, a
 * quarter, a half), a cumulative range over years, or a stock at one date.
 */
public enum PeriodKind {

	YEAR, PARTIAL_YEAR, QUARTER, HALF_YEAR, CUMULATIVE, POINT_IN_TIME

}
