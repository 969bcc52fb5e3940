package org.kzcz.relations.trade.analysis;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The period a figure covers, with its kind stated explicitly so a partial year is never
 * read as a whole one.
 *
 * @param kind the shape of the period
 * @param start first day covered
 * @param end last day covered
 */
@Schema(name = "TradePeriod", description = "The period a figure covers; partial and cumulative periods are marked")
public record Period(@Schema(example = "YEAR") PeriodKind kind, @Schema(example = "2023-01-01") LocalDate start,
		@Schema(example = "2023-12-31") LocalDate end) {

	public static Period year(int year) {
		return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/**
	 * The same period of the previous year, the only one a figure is compared with: same
	 * kind, start and end each one year earlier (January-July 2024 compares with
	 * January-July 2023, never with 2023 as a whole). A month's last day stays the
	 * month's last day (29 February 2024 becomes 28 February 2023). A cumulative total
	 * keeps its start and ends one year earlier: the total from 2005 to 2023 compares
	 * with the total from 2005 to 2022, the stock a year before.
	 */
	public Period previousComparable() {
		LocalDate previousStart = (this.kind == PeriodKind.CUMULATIVE) ? this.start : this.start.minusYears(1);
		return new Period(this.kind, previousStart, yearEarlier(this.end));
	}

	/**
	 * Whether the period covers only part of a year (a partial year, quarter or half).
	 */
	@JsonProperty
	@Schema(description = "Covers only part of a year (a partial year, quarter or half)")
	public boolean partial() {
		return this.kind == PeriodKind.PARTIAL_YEAR || this.kind == PeriodKind.QUARTER
				|| this.kind == PeriodKind.HALF_YEAR;
	}

	/** Whether the value is a total over several years. */
	@JsonProperty
	@Schema(description = "A total over a range of years")
	public boolean cumulative() {
		return this.kind == PeriodKind.CUMULATIVE;
	}

	/** The year the period ends in; range filters apply to it. */
	int endYear() {
		return this.end.getYear();
	}

	/**
	 * A short human label: 2023, Q1 2024, H1 2024, Jan-Jul 2024, 2005-2023 (cumulative).
	 */
	@JsonProperty
	@Schema(example = "2023")
	public String label() {
		return switch (this.kind) {
			case YEAR -> String.valueOf(this.start.getYear());
			case QUARTER -> isMonthRange() && (this.start.getMonthValue() - 1) % 3 == 0 && months() == 3
					? "Q" + ((this.start.getMonthValue() + 2) / 3) + " " + this.start.getYear() : range();
			case HALF_YEAR ->
				isMonthRange() && (this.start.getMonthValue() == 1 || this.start.getMonthValue() == 7) && months() == 6
						? "H" + ((this.start.getMonthValue() + 5) / 6) + " " + this.start.getYear() : range();
			case PARTIAL_YEAR -> isMonthRange()
					? month(this.start.getMonth()) + "-" + month(this.end.getMonth()) + " " + this.start.getYear()
					: range();
			case CUMULATIVE -> (isYearRange() ? this.start.getYear() + "-" + this.end.getYear()
					: isMonthRange() ? month(this.start.getMonth()) + " " + this.start.getYear() + " - "
							+ month(this.end.getMonth()) + " " + this.end.getYear() : range())
					+ " (cumulative)";
			case POINT_IN_TIME -> "as of " + this.end;
		};
	}

	private String range() {
		return this.start + " to " + this.end;
	}

	private boolean isMonthRange() {
		return this.start.getDayOfMonth() == 1 && this.end.getDayOfMonth() == this.end.lengthOfMonth();
	}

	private boolean isYearRange() {
		return isMonthRange() && this.start.getMonthValue() == 1 && this.end.getMonthValue() == 12;
	}

	private int months() {
		return (this.end.getYear() - this.start.getYear()) * 12 + this.end.getMonthValue() - this.start.getMonthValue()
				+ 1;
	}

	private static String month(Month month) {
		return month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
	}

	private static LocalDate yearEarlier(LocalDate date) {
		LocalDate earlier = date.minusYears(1);
		return (date.getDayOfMonth() == date.lengthOfMonth()) ? earlier.withDayOfMonth(earlier.lengthOfMonth())
				: earlier;
	}

}
