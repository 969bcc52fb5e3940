package org.kzcz.relations.common;

/**
 * How much of a date the sources actually give. A MONTH or YEAR date is stored as the
 * first day of that period; clients must not read a day into it.
 */
public enum DatePrecision {

	DAY, MONTH, QUARTER, HALF_YEAR, YEAR

}
