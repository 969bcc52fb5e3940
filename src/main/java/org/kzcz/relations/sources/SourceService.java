package org.kzcz.relations.sources;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.reads.Columns;
import org.kzcz.relations.common.problems.NotFoundException;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PagedQuery;
import org.kzcz.relations.sources.SourceDetailResponse.Citation;
import org.kzcz.relations.sources.SourceDetailResponse.Citations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
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
						Columns.precision(rs, "published_precision"), rs.getString("language"),
						SourceKind.valueOf(rs.getString("kind")), rs.getString("url"), rs.getLong("citations"),
						SourceResponse.self(rs.getString("slug"))));
	}

	/**
	 * One source in one statement: the source and, as JSON built by PostgreSQL, every
	 * fact citing it from the fact_citation view, grouped by kind.
	 */
	SourceDetailResponse find(String id) {
		return this.jdbc.sql("""
				select s.slug, s.title, s.publisher, s.author, s.published_on, s.published_precision, s.language,
				       s.kind, s.url, s.document_ref, s.summary, s.version,
				       (select json_object_agg(kind, citations)
				        from (select fc.kind,
				                     json_agg(json_build_object('id', fc.fact_id, 'label', fc.label, 'self', fc.self,
				                                                'statedText', fc.stated_text,
				                                                'statedChangePct', fc.stated_change_pct)
				                              order by fc.label, fc.fact_id) as citations
				              from fact_citation fc
				              where fc.source_id = s.id
				              group by fc.kind) k) as citations
				from source s
				where s.slug = :slug
				""")
			.param("slug", id)
			.query((rs, n) -> new SourceDetailResponse(rs.getString("slug"), rs.getString("title"),
					rs.getString("publisher"), rs.getString("author"), rs.getObject("published_on", LocalDate.class),
					Columns.precision(rs, "published_precision"), rs.getString("language"),
					SourceKind.valueOf(rs.getString("kind")), rs.getString("url"), rs.getString("document_ref"),
					rs.getString("summary"), SourceResponse.self(rs.getString("slug")), rs.getLong("version"),
					citations(Columns.groups(rs, "citations", Citation.class))))
			.optional()
			.orElseThrow(() -> new NotFoundException("source", id));
	}

	/** The facts citing the source by kind, as the fact_citation view names them. */
	private static Citations citations(Map<String, List<Citation>> byKind) {
		return new Citations(of(byKind, "PERSON"), of(byKind, "POST"), of(byKind, "POST_DATE_CLAIM"),
				of(byKind, "ORGANIZATION"), of(byKind, "ENGAGEMENT"), of(byKind, "MEETING"), of(byKind, "AGREEMENT"),
				of(byKind, "PROJECT"), of(byKind, "MILESTONE"), of(byKind, "TARGET"), of(byKind, "TRADE_FIGURE"),
				of(byKind, "COMMODITY_GROUP"), of(byKind, "DIPLOMATIC_RELATION"), of(byKind, "CLAIM"));
	}

	private static List<Citation> of(Map<String, List<Citation>> byKind, String kind) {
		return byKind.getOrDefault(kind, List.of());
	}

}
