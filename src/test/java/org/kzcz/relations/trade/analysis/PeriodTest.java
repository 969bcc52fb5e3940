package org.kzcz.relations.trade.analysis;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

	@Test
	void aYearComparesWithThePreviousYear() {
		assertThat(Period.year(2024).previousComparable()).isEqualTo(Period.year(2023));
	}

	@Test
	void aPartialYearComparesWithTheSameMonthsAYearEarlier() {
		Period janJul2024 = period(PeriodKind.PARTIAL_YEAR, "2024-01-01", "2024-07-31");
		assertThat(janJul2024.previousComparable())
			.isEqualTo(period(PeriodKind.PARTIAL_YEAR, "2023-01-01", "2023-07-31"));
		assertThat(janJul2024.partial()).isTrue();
		assertThat(janJul2024.label()).isEqualTo("Jan-Jul 2024");
	}

	@Test
	void theLastDayOfFebruaryStaysTheLastDay() {
		assertThat(period(PeriodKind.PARTIAL_YEAR, "2024-01-01", "2024-02-29").previousComparable().end())
			.isEqualTo(LocalDate.parse("2023-02-28"));
		assertThat(period(PeriodKind.PARTIAL_YEAR, "2025-01-01", "2025-02-28").previousComparable().end())
			.isEqualTo(LocalDate.parse("2024-02-29"));
	}

	@Test
	void aCumulativeTotalComparesWithTheTotalAYearEarlierFromTheSameStart() {
		Period total = period(PeriodKind.CUMULATIVE, "2005-01-01", "2023-12-31");
		assertThat(total.previousComparable()).isEqualTo(period(PeriodKind.CUMULATIVE, "2005-01-01", "2022-12-31"));
		assertThat(total.cumulative()).isTrue();
		assertThat(total.label()).isEqualTo("2005-2023 (cumulative)");
	}

	@Test
	void labelsStateThePeriodExplicitly() {
		assertThat(Period.year(2023).label()).isEqualTo("2023");
		assertThat(period(PeriodKind.QUARTER, "2024-01-01", "2024-03-31").label()).isEqualTo("Q1 2024");
		assertThat(period(PeriodKind.HALF_YEAR, "2024-01-01", "2024-06-30").label()).isEqualTo("H1 2024");
		assertThat(period(PeriodKind.CUMULATIVE, "2005-01-01", "2024-06-30").label())
			.isEqualTo("Jan 2005 - Jun 2024 (cumulative)");
		assertThat(period(PeriodKind.POINT_IN_TIME, "2025-07-21", "2025-07-21").label()).isEqualTo("as of 2025-07-21");
		assertThat(Period.year(2023).partial()).isFalse();
	}

	private static Period period(PeriodKind kind, String start, String end) {
		return new Period(kind, LocalDate.parse(start), LocalDate.parse(end));
	}

}
