package org.kzcz.relations.common;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a list query and its total in one statement. The SQL must select
 * {@code count(*) over () as total} and end with {@code limit :limit offset :offset}; a
 * second count runs only when a page past the end comes back empty.
 */
public final class PagedQuery {

	private PagedQuery() {
	}

	public static <T> Page<T> run(JdbcClient jdbc, String sql, Map<String, ?> params, PageQuery page,
			RowMapper<T> mapper) {
		List<Long> total = new ArrayList<>(1);
		List<T> items = jdbc.sql(sql)
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((ResultSet rs, int n) -> {
				if (n == 0) {
					total.add(rs.getLong("total"));
				}
				return mapper.mapRow(rs, n);
			})
			.list();
		if (!total.isEmpty()) {
			return new Page<>(items, total.get(0));
		}
		if (page.page() == 0) {
			return new Page<>(items, 0);
		}
		String countSql = "select count(*) from ("
				+ sql.replaceFirst("(?is)\\blimit\\s+:limit\\s+offset\\s+:offset\\s*$", "") + ") as counted";
		return new Page<>(items, jdbc.sql(countSql).params(params).query(Long.class).single());
	}

	/** The items of one page and the total number of items across all pages. */
	public record Page<T>(List<T> items, long totalElements) {
	}

}
