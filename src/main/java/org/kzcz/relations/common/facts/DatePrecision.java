package org.kzcz.relations.common.facts;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How much of a date the sources actually give. A MONTH or YEAR date is stored as the
 * first day of that period; clients must not read a day into it.
 */
public enum DatePrecision {

	DAY, MONTH, QUARTER, HALF_YEAR, YEAR;

	/**
	 * The first day of the period of this precision that contains the date (the date
	 * itself for DAY).
	 */
	public LocalDate periodStart(LocalDate date) {
		return switch (this) {
			case DAY -> date;
			case MONTH -> date.withDayOfMonth(1);
			case QUARTER -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
			case HALF_YEAR -> LocalDate.of(date.getYear(), (date.getMonthValue() <= 6) ? 1 : 7, 1);
			case YEAR -> date.with(TemporalAdjusters.firstDayOfYear());
		};
	}

	/**
	 * The last day of the period of this precision that starts on the date (the date
	 * itself for DAY).
	 */
	public LocalDate periodEnd(LocalDate firstDay) {
		return switch (this) {
			case DAY -> firstDay;
			case MONTH -> firstDay.plusMonths(1).minusDays(1);
			case QUARTER -> firstDay.plusMonths(3).minusDays(1);
			case HALF_YEAR -> firstDay.plusMonths(6).minusDays(1);
			case YEAR -> firstDay.plusYears(1).minusDays(1);
		};
	}

	/**
	 * Whether the date is stored as this precision requires: the first day of its period.
	 */
	public boolean startsPeriod(LocalDate date) {
		return periodStart(date).equals(date);
	}

	/**
	 * Why a date breaks {@link #startsPeriod(LocalDate)}, for a 422 naming the date
	 * field.
	 */
	public String periodStartMessage(LocalDate date) {
		return "a " + this + " date is stored as the first day of its period: send " + periodStart(date);
	}

}
