package org.kzcz.relations.trade.analysis;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arithmetic on hand-worked cases. Expected values were worked out on paper, not by
 * running the code.
 */
class TradeMathTest {

	@Test
	void changeOnAPositiveBaseIsMeasuredAgainstThatBase() {
		// 2024 turnover 619 against 626.8: -7.8, and -7.8 / 626.8 = -1.2444...%
		TradeMath.Change change = TradeMath.change(d("619"), d("626.8"));
		assertThat(change.absolute()).isEqualByComparingTo("-7.8");
		assertThat(TradeMath.round(change.percent(), 1)).isEqualByComparingTo("-1.2");
		assertThat(TradeMath.round(change.percent(), 4)).isEqualByComparingTo("-1.2444");
		assertThat(change.reason()).isNull();
	}

	@Test
	void changeOnANegativeBaseIsMeasuredAgainstItsSize() {
		// a deficit shrinking from -100 to -50 is an improvement of 50%
		assertThat(TradeMath.change(d("-50"), d("-100")).percent()).isEqualByComparingTo("50");
		// a deficit deepening from -100 to -150 is a fall of 50%
		assertThat(TradeMath.change(d("-150"), d("-100")).percent()).isEqualByComparingTo("-50");
		// -174.8 to -331.4: -156.6 / 174.8 = -89.588...%
		assertThat(TradeMath.round(TradeMath.change(d("-331.4"), d("-174.8")).percent(), 1))
			.isEqualByComparingTo("-89.6");
	}

	@Test
	void zeroBaseGivesTheAbsoluteChangeButNoPercent() {
		TradeMath.Change change = TradeMath.change(d("12.5"), d("0"));
		assertThat(change.absolute()).isEqualByComparingTo("12.5");
		assertThat(change.percent()).isNull();
		assertThat(change.reason()).contains("zero");
	}

	@Test
	void fallToZeroIsMinusOneHundredPercent() {
		assertThat(TradeMath.change(d("0"), d("40")).percent()).isEqualByComparingTo("-100");
	}

	@Test
	void signChangeGivesTheAbsoluteChangeButNoPercent() {
		// the 2023 balance -331.4 against the 2024 balance 315
		TradeMath.Change change = TradeMath.change(d("315"), d("-331.4"));
		assertThat(change.absolute()).isEqualByComparingTo("646.4");
		assertThat(change.percent()).isNull();
		assertThat(change.signChanged()).isTrue();
		assertThat(change.reason()).contains("negative to positive");
	}

	@Test
	void statedRateImpliesThePreviousValue() {
		// 626.8 / 1.484 = 422.3719..., 147.7 / 1.194 = 123.7018..., 479.1 / 1.605 =
		// 298.5046...
		assertThat(TradeMath.round(TradeMath.impliedPrevious(d("626.8"), d("48.4")), 2)).isEqualByComparingTo("422.37");
		assertThat(TradeMath.round(TradeMath.impliedPrevious(d("147.7"), d("19.4")), 2)).isEqualByComparingTo("123.70");
		assertThat(TradeMath.round(TradeMath.impliedPrevious(d("479.1"), d("60.5")), 2)).isEqualByComparingTo("298.50");
		// a fall: 80 after -20% was 100
		assertThat(TradeMath.impliedPrevious(d("80"), d("-20"))).isEqualByComparingTo("100");
	}

	@Test
	void aFallOfOneHundredPercentOrMoreImpliesNoPreviousValue() {
		assertThat(TradeMath.impliedPrevious(d("10"), d("-100"))).isNull();
		assertThat(TradeMath.impliedPrevious(d("10"), d("-150"))).isNull();
	}

	@Test
	void roundingOfTheValuesCanExplainAStatedRate() {
		// 10.1 against 8.2 gives 23.17%, but 10.05..10.15 against 8.15..8.25 allows
		// 21.82% to 24.54%
		Interval range = TradeMath.percentChangeRange(Interval.rounded(d("10.1")), Interval.rounded(d("8.2")));
		assertThat(TradeMath.round(range.low(), 2)).isEqualByComparingTo("21.82");
		assertThat(TradeMath.round(range.high(), 2)).isEqualByComparingTo("24.54");
		assertThat(TradeMath.statedRateAgrees(d("24.3"), range)).isTrue();
		assertThat(TradeMath.statedRateAgrees(d("24.6"), range)).isFalse();
		assertThat(TradeMath.statedRateAgrees(d("21.7"), range)).isFalse();
	}

	@Test
	void impliedPreviousRangeCarriesTheRoundingOfValueAndRate() {
		// 626.75 / 1.48450 = 422.20, 626.85 / 1.48350 = 422.55
		Interval range = TradeMath.impliedPreviousRange(Interval.rounded(d("626.8")), Interval.rounded(d("48.4")));
		assertThat(TradeMath.round(range.low(), 2)).isEqualByComparingTo("422.20");
		assertThat(TradeMath.round(range.high(), 2)).isEqualByComparingTo("422.55");
	}

	@Test
	void aPreviousValueThatCouldBeZeroHasNoPercentRange() {
		assertThat(TradeMath.percentChangeRange(Interval.rounded(d("5")), Interval.rounded(d("0.0")))).isNull();
	}

	@Test
	void coverageRatioIsExportsAsAPercentageOfImports() {
		// 147.7 / 479.1 = 30.828...%
		assertThat(TradeMath.round(TradeMath.coverageRatio(d("147.7"), d("479.1")), 1)).isEqualByComparingTo("30.8");
		assertThat(TradeMath.coverageRatio(d("147.7"), d("0"))).isNull();
	}

	@Test
	void jumpIsAChangeStrictlyBeyondTheThreshold() {
		assertThat(TradeMath.isJump(d("50"), d("50"))).isFalse();
		assertThat(TradeMath.isJump(d("50.01"), d("50"))).isTrue();
		assertThat(TradeMath.isJump(d("-68.3"), d("50"))).isTrue();
		assertThat(TradeMath.isJump(null, d("50"))).isFalse();
	}

	@Test
	void percentagesRoundHalfUpOnlyWhenAskedTo() {
		BigDecimal third = TradeMath.percentChange(d("4"), d("3"));
		assertThat(third.precision()).isGreaterThan(20);
		assertThat(TradeMath.round(third, 1)).isEqualByComparingTo("33.3");
		assertThat(TradeMath.round(d("0.25"), 1)).isEqualByComparingTo("0.3");
		assertThat(TradeMath.round(d("-0.25"), 1)).isEqualByComparingTo("-0.3");
	}

	@Test
	void intervalsFollowWhatTheSourceSays() {
		Interval almost = Interval.of(d("1.3"), ValueQualifier.ALMOST);
		assertThat(almost.low()).isEqualByComparingTo("1.2");
		assertThat(almost.high()).isEqualByComparingTo("1.3");
		assertThat(Interval.of(d("350"), ValueQualifier.MORE_THAN)).isEqualTo(new Interval(d("350"), null));
		assertThat(Interval.of(d("619"), ValueQualifier.EXACT)).isEqualTo(new Interval(d("618.5"), d("619.5")));
		// 28.9 against 23.6 + 5.65: 28.85..28.95 does not reach 29.195..29.305
		Interval sum = Interval.rounded(d("23.6")).plus(Interval.rounded(d("5.65")));
		assertThat(Interval.rounded(d("28.9")).overlaps(sum)).isFalse();
		assertThat(
				Interval.rounded(d("626.8")).overlaps(Interval.rounded(d("147.7")).plus(Interval.rounded(d("479.1")))))
			.isTrue();
	}

	@Test
	void scalesConvertExactly() {
		assertThat(Scale.BILLION.convert(d("1.3"), Scale.MILLION)).isEqualByComparingTo("1300");
		assertThat(Scale.MILLION.convert(d("422.37"), Scale.BILLION)).isEqualByComparingTo("0.42237");
		assertThat(Scale.finer(Scale.BILLION, Scale.MILLION)).isEqualTo(Scale.MILLION);
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

}
