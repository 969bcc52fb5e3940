package org.kzcz.relations.trade.domain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entity maps the seeded figures and their citations (the schema itself is validated
 * against the entities when the context starts).
 */
@IntegrationTest
@Transactional
class TradeFigureRepositoryTest {

	@Autowired
	TradeFigureRepository figures;

	@Test
	void loadsTheSeededKazakhCzechFiguresWithTheirCitations() {
		List<TradeFigure> kzCz = this.figures.findByCountryCodeAndPartnerCodeOrderByPeriodStart("KZ", "CZ");
		TradeFigure turnover2023 = kzCz.stream()
			.filter((f) -> f.getIndicator() == StoredIndicator.TURNOVER && f.getPeriodKind() == PeriodKind.YEAR
					&& f.getPeriodStart().getYear() == 2023)
			.findFirst()
			.orElseThrow();
		assertThat(turnover2023.getValue()).isEqualByComparingTo("626.8");
		assertThat(turnover2023.getScale()).isEqualTo(Scale.MILLION);
		assertThat(turnover2023.getCurrency()).isEqualTo("USD");
		assertThat(turnover2023.getCitations()).hasSize(2)
			.allSatisfy((c) -> assertThat(c.statedChangePct()).isEqualByComparingTo("48.4"));
	}

}
