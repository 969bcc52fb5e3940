package org.kzcz.relations.projects;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.projects.ProjectDetailResponse.Target;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectTargetProgressTest {

	@Test
	void isAchievedOverTargetInPercentRoundedHalfUpToOneDecimal() {
		assertThat(progress("7", "40")).isEqualTo("17.5");
		assertThat(progress("1", "3")).isEqualTo("33.3");
		assertThat(progress("2", "3")).isEqualTo("66.7");
		assertThat(progress("1", "16")).isEqualTo("6.3");
		assertThat(progress("0", "40")).isEqualTo("0.0");
		assertThat(progress("45", "40")).isEqualTo("112.5");
	}

	@Test
	void usesExactDecimalsWhereFloatingPointWouldRoundTheWrongWay() {
		// in double, 1.0005 * 100 is 100.04999999999999716 and would round down to 100.0
		assertThat(progress("1.0005", "1")).isEqualTo("100.1");
	}

	@Test
	void isAbsentWhileNothingAchievedIsRecorded() {
		assertThat(Target.progressPercent(null, new BigDecimal("40"))).isNull();
	}

	private static String progress(String achieved, String target) {
		return Target.progressPercent(new BigDecimal(achieved), new BigDecimal(target)).toPlainString();
	}

}
