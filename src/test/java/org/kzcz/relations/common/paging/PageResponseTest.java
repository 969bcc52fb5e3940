package org.kzcz.relations.common.paging;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageResponseTest {

	@Test
	void anExactTotalGivesTheLastPageLink() {
		PageResponse<String> response = PageResponse.of(new PagedQuery.Page<>(List.of("a", "b"), 45, true, true),
				new PageQuery(1, 2, null, false), "/api/v1/things", "kind=X");
		assertThat(response.page().totalPages()).isEqualTo(23);
		assertThat(response.page().totalElementsExact()).isTrue();
		assertThat(response.links().last()).isEqualTo("/api/v1/things?kind=X&page=22&size=2");
		assertThat(response.links().next()).isEqualTo("/api/v1/things?kind=X&page=2&size=2");
		assertThat(response.links().prev()).isEqualTo("/api/v1/things?kind=X&page=0&size=2");
	}

	@Test
	void aLowerBoundTotalLeavesOutTheLastLinkButKeepsNext() {
		PageResponse<String> response = PageResponse.of(new PagedQuery.Page<>(List.of("a"), 10_000, false, true),
				new PageQuery(0, 1, "name", true), "/api/v1/things", null);
		assertThat(response.page().totalElementsExact()).isFalse();
		assertThat(response.links().last()).isNull();
		assertThat(response.links().next()).isEqualTo("/api/v1/things?page=1&size=1&sort=-name");
	}

}
