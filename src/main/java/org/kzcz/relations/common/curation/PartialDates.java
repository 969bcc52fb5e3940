package org.kzcz.relations.common.curation;

import java.time.LocalDate;
import java.util.Set;

import org.kzcz.relations.common.facts.DatePrecision;

/**
 * The rules for a date stored with its precision (a birth, a post's start, a
 * publication): the two come together, the precision is one the column allows (DAY, MONTH
 * or YEAR), and a MONTH or YEAR date is the first day of its period.
 */
public final class PartialDates {

	private static final Set<DatePrecision> DAY_MONTH_YEAR = Set.of(DatePrecision.DAY, DatePrecision.MONTH,
			DatePrecision.YEAR);

	private PartialDates() {
	}

	/** Records every broken rule of one date and its precision on the check. */
	public static void check(References.Check check, String dateField, LocalDate date, String precisionField,
			DatePrecision precision) {
		if (date != null && precision == null) {
			check.reject(precisionField, "is required when " + dateField + " is given");
		}
		else if (date == null && precision != null) {
			check.reject(dateField, "is required when " + precisionField + " is given");
		}
		else if (date != null) {
			if (!DAY_MONTH_YEAR.contains(precision)) {
				check.reject(precisionField, "must be DAY, MONTH or YEAR");
			}
			else if (!precision.startsPeriod(date)) {
				check.reject(dateField, precision.periodStartMessage(date));
			}
		}
	}

}
