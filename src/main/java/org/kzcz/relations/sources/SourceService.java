package org.kzcz.relations.sources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.common.NotFoundException;
import org.kzcz.relations.common.PageQuery;
import org.kzcz.relations.common.PagedQuery;
import org.kzcz.relations.sources.SourceDetailResponse.Citation;
import org.kzcz.relations.sources.SourceDetailResponse.Citations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SourceService {

	static final Map<String, String> SORT_FIELDS = Map.of("publishedOn", "s.published_on", "title", "s.title", "id",
			"s.slug");

	private final JdbcClient jdbc;

	SourceService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PagedQuery.Page<SourceResponse> list(SourceKind kind, String q, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		params.put("kind", (kind != null) ? kind.name() : null);
		params.put("q", q);
		String sql = """
				select s.slug, s.title, s.publisher, s.author, s.published_on, s.published_precision, s.language,
				       s.kind, s.url, (select count(*) from fact_citation fc where fc.source_id = s.id) as citations
				from source s
				where (cast(:kind as text) is null or s.kind = :kind)
				  and (cast(:q as text) is null or s.search_vector @@ search_query(:q))
				""";
		return PagedQuery.run(this.jdbc, sql,
				page.orderBy(SORT_FIELDS, "s.published_on desc nulls last, s.slug", "s.slug"), params, page,
				(rs, n) -> new SourceResponse(rs.getString("slug"), rs.getString("title"), rs.getString("publisher"),
						rs.getString("author"), rs.getObject("published_on", LocalDate.class),
						precision(rs, "published_precision"), rs.getString("language"),
						SourceKind.valueOf(rs.getString("kind")), rs.getString("url"), rs.getLong("citations"),
						SourceResponse.self(rs.getString("slug"))));
	}

	SourceDetailResponse find(String id) {
		SourceRow source = this.jdbc.sql("""
				select s.id, s.slug, s.title, s.publisher, s.author, s.published_on, s.published_precision, s.language,
				       s.kind, s.url, s.document_ref, s.summary, s.version
				from source s
				where s.slug = :slug
				""")
			.param("slug", id)
			.query((rs, n) -> new SourceRow(rs.getLong("id"),
					new SourceDetailResponse(rs.getString("slug"), rs.getString("title"), rs.getString("publisher"),
							rs.getString("author"), rs.getObject("published_on", LocalDate.class),
							precision(rs, "published_precision"), rs.getString("language"),
							SourceKind.valueOf(rs.getString("kind")), rs.getString("url"), rs.getString("document_ref"),
							rs.getString("summary"), SourceResponse.self(rs.getString("slug")), rs.getLong("version"),
							null)))
			.optional()
			.orElseThrow(() -> new NotFoundException("source", id));
		SourceDetailResponse detail = source.detail();
		return new SourceDetailResponse(detail.id(), detail.title(), detail.publisher(), detail.author(),
				detail.publishedOn(), detail.publishedPrecision(), detail.language(), detail.kind(), detail.url(),
				detail.documentRef(), detail.summary(), detail.self(), detail.version(), citations(source.id()));
	}

	/** Every fact citing the source, from the fact_citation view, grouped by kind. */
	private Citations citations(long sourceId) {
		Map<String, List<Citation>> byKind = new HashMap<>();
		this.jdbc.sql("""
				select fc.kind, fc.fact_id, fc.label, fc.self, fc.stated_text, fc.stated_change_pct
				from fact_citation fc
				where fc.source_id = :sourceId
				order by fc.kind, fc.label, fc.fact_id
				""").param("sourceId", sourceId).query((ResultSet rs) -> {
			byKind.computeIfAbsent(rs.getString("kind"), (key) -> new ArrayList<>())
				.add(new Citation(rs.getString("fact_id"), rs.getString("label"), rs.getString("self"),
						rs.getString("stated_text"), rs.getBigDecimal("stated_change_pct")));
		});
		return new Citations(of(byKind, "PERSON"), of(byKind, "POST"), of(byKind, "POST_DATE_CLAIM"),
				of(byKind, "ORGANIZATION"), of(byKind, "ENGAGEMENT"), of(byKind, "MEETING"), of(byKind, "AGREEMENT"),
				of(byKind, "PROJECT"), of(byKind, "MILESTONE"), of(byKind, "TARGET"), of(byKind, "TRADE_FIGURE"),
				of(byKind, "COMMODITY_GROUP"), of(byKind, "DIPLOMATIC_RELATION"), of(byKind, "CLAIM"));
	}

	private static List<Citation> of(Map<String, List<Citation>> byKind, String kind) {
		return byKind.getOrDefault(kind, List.of());
	}

	private static DatePrecision precision(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? DatePrecision.valueOf(value) : null;
	}

	private record SourceRow(long id, SourceDetailResponse detail) {
	}

}
