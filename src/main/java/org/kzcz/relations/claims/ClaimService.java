package org.kzcz.relations.claims;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.kzcz.relations.common.reads.Columns;
import org.kzcz.relations.common.reads.LinkedResources;
import org.kzcz.relations.common.problems.NotFoundException;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PagedQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class ClaimService {

	static final Map<String, String> SORT_FIELDS = Map.of("occurredOn", "c.occurred_on", "title", "c.title", "id",
			"c.slug");

	private static final String COLUMNS = """
			c.slug, c.kind, c.topic, c.title, c.statement, c.about, c.occurred_on, c.date_precision, c.date_note,
			c.note, c.version,
			array(select cc.country_code::text from claim_country cc where cc.claim_id = c.id order by 1) as countries,
			%s as sources""".formatted(LinkedResources.sources("claim_source", "claim_id", "c.id"));

	private final JdbcClient jdbc;

	ClaimService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of claims, newest first (undated last) by default. A dated claim is in
	 * [from, to] when its period overlaps it, as on the timeline.
	 */
	PagedQuery.Page<ClaimResponse> list(ClaimFilter filter, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		params.put("kind", (filter.kind() != null) ? filter.kind().name() : null);
		params.put("topic", (filter.topic() != null) ? filter.topic().name() : null);
		params.put("country", filter.country());
		params.put("source", filter.source());
		params.put("about", filter.about());
		params.put("q", filter.q());
		params.put("from", filter.from());
		params.put("to", filter.to());
		String sql = """
				select %s
				from claim c
				where (cast(:kind as text) is null or c.kind = :kind)
				  and (cast(:topic as text) is null or c.topic = :topic)
				  and (cast(:country as text) is null
				       or exists (select 1 from claim_country cc where cc.claim_id = c.id and cc.country_code = :country))
				  and (cast(:source as text) is null
				       or exists (select 1 from claim_source cs join source s on s.id = cs.source_id
				                  where cs.claim_id = c.id and s.slug = :source))
				  and (cast(:about as text) is null or c.about = :about)
				  and (cast(:q as text) is null or c.search_vector @@ search_query(:q))
				  and (cast(:from as date) is null or period_last_day(c.occurred_on, c.date_precision) >= :from)
				  and (cast(:to as date) is null or c.occurred_on <= :to)
				"""
			.formatted(COLUMNS);
		return PagedQuery.run(this.jdbc, sql,
				page.orderBy(SORT_FIELDS, "c.occurred_on desc nulls last, c.slug", "c.slug"), params, page,
				(rs, n) -> new ClaimResponse(rs.getString("slug"), ClaimKind.valueOf(rs.getString("kind")),
						ClaimTopic.valueOf(rs.getString("topic")), rs.getString("title"), rs.getString("statement"),
						rs.getString("about"), rs.getObject("occurred_on", LocalDate.class),
						Columns.precision(rs, "date_precision"), Columns.texts(rs, "countries"), Columns.sources(rs),
						ClaimResponse.self(rs.getString("slug"))));
	}

	ClaimDetailResponse find(String id) {
		return this.jdbc.sql("select " + COLUMNS + " from claim c where c.slug = :slug")
			.param("slug", id)
			.query((rs, n) -> new ClaimDetailResponse(rs.getString("slug"), ClaimKind.valueOf(rs.getString("kind")),
					ClaimTopic.valueOf(rs.getString("topic")), rs.getString("title"), rs.getString("statement"),
					rs.getString("about"), rs.getObject("occurred_on", LocalDate.class),
					Columns.precision(rs, "date_precision"), rs.getString("date_note"), rs.getString("note"),
					Columns.texts(rs, "countries"), Columns.sources(rs), ClaimResponse.self(rs.getString("slug")),
					rs.getLong("version")))
			.optional()
			.orElseThrow(() -> new NotFoundException("claim", id));
	}

}
