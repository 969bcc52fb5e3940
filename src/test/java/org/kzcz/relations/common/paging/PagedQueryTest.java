package org.kzcz.relations.common.paging;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import org.kzcz.relations.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging against the real database, over generated rows so any size of list can be tried
 * without touching the shared data.
 */
@IntegrationTest
class PagedQueryTest {

	private static final String NUMBERS = """
			select g as n,
			       array(select x from generate_series(1, 3) x order by x desc) as inner_ordered
			from generate_series(1, :count) g
			where g % :step = 0
			""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SqlStatementCounter statements;

	private PagedQuery.Page<Integer> page(int count, int step, int page, int size) {
		return PagedQuery.run(this.jdbc, NUMBERS, "g", Map.of("count", count, "step", step),
				new PageQuery(page, size, null, false), (rs, n) -> rs.getInt("n"));
	}

	@Test
	void aFirstPageThatIsNotFullIsItsOwnTotalWithoutACount() {
		this.statements.reset();
		PagedQuery.Page<Integer> result = page(7, 1, 0, 20);
		assertThat(this.statements.count()).isEqualTo(1);
		assertThat(result.items()).containsExactly(1, 2, 3, 4, 5, 6, 7);
		assertThat(result.totalElements()).isEqualTo(7);
		assertThat(result.totalExact()).isTrue();
		assertThat(result.hasNext()).isFalse();
	}

	@Test
	void aPartlyFilledLaterPageGivesTheTotalWithoutACount() {
		this.statements.reset();
		PagedQuery.Page<Integer> result = page(45, 1, 2, 20);
		assertThat(this.statements.count()).isEqualTo(1);
		assertThat(result.items()).containsExactly(41, 42, 43, 44, 45);
		assertThat(result.totalElements()).isEqualTo(45);
		assertThat(result.hasNext()).isFalse();
	}

	@Test
	void aFullPageCountsTheMatchesExactlyBelowTheLimit() {
		this.statements.reset();
		PagedQuery.Page<Integer> result = page(9_000, 3, 1, 20);
		assertThat(this.statements.count()).isEqualTo(2);
		assertThat(result.items()).hasSize(20).startsWith(63).endsWith(120);
		assertThat(result.totalElements()).isEqualTo(3_000);
		assertThat(result.totalExact()).isTrue();
		assertThat(result.hasNext()).isTrue();
	}

	@Test
	void aFullLastPageHasNoNextPage() {
		PagedQuery.Page<Integer> result = page(40, 1, 1, 20);
		assertThat(result.items()).hasSize(20).endsWith(40);
		assertThat(result.totalElements()).isEqualTo(40);
		assertThat(result.hasNext()).isFalse();
	}

	@Test
	void aboveTheLimitTheTotalIsALowerBoundAndNextStillWorks() {
		PagedQuery.Page<Integer> result = page(50_000, 1, 0, 20);
		assertThat(result.totalExact()).isFalse();
		assertThat(result.totalElements()).isEqualTo(PagedQuery.EXACT_TOTAL_LIMIT);
		assertThat(result.hasNext()).isTrue();

		PagedQuery.Page<Integer> deep = page(50_000, 1, 700, 20);
		assertThat(deep.items()).startsWith(14_001);
		assertThat(deep.totalExact()).isFalse();
		assertThat(deep.totalElements()).isEqualTo(14_021);
		assertThat(deep.hasNext()).isTrue();
	}

	@Test
	void exactlyAtTheLimitTheTotalIsStillExact() {
		PagedQuery.Page<Integer> result = page(PagedQuery.EXACT_TOTAL_LIMIT, 1, 0, 20);
		assertThat(result.totalExact()).isTrue();
		assertThat(result.totalElements()).isEqualTo(PagedQuery.EXACT_TOTAL_LIMIT);
	}

	@Test
	void aPagePastTheEndIsEmptyWithTheRealTotal() {
		PagedQuery.Page<Integer> result = page(45, 1, 9, 20);
		assertThat(result.items()).isEmpty();
		assertThat(result.totalElements()).isEqualTo(45);
		assertThat(result.hasNext()).isFalse();
	}

}
