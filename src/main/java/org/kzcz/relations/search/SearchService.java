package org.kzcz.relations.search;

import java.util.Map;
import java.util.Set;

import org.kzcz.relations.common.EnumListParameter;
import org.kzcz.relations.common.PageQuery;
import org.kzcz.relations.common.PagedQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class SearchService {

	/**
	 * One statement over every searchable table: each branch matches its generated
	 * search_vector (GIN-indexed) against search_query(:q), meetings also their topics;
	 * hits are ranked with ts_rank, a match in the title or name counting once more, and
	 * highlighted with ts_headline in the diacritics-insensitive search_display
	 * configuration: short texts whole, long ones as the passage around the best match.
	 * Matches are marked with the private characters of {@link Snippets}, taken out of
	 * the text first so that only ts_headline places them.
	 */
	private static final String SQL = """
			select kind, slug, title, rank,
			       case when length(document) <= 300
			            then ts_headline('search_display', translate(document, '\uE000\uE001', ''), search_query(:q),
			                             'HighlightAll=true, StartSel=\uE000, StopSel=\uE001')
			            else ts_headline('search_display', translate(document, '\uE000\uE001', ''), search_query(:q),
			                             'MaxWords=35, MinWords=15, StartSel=\uE000, StopSel=\uE001')
			       end as snippet
			from (
			    select 'PERSON' as kind, p.slug, p.full_name as title, concat_ws(': ', p.full_name, p.biography) as document,
			           ts_rank(p.search_vector, search_query(:q)) + ts_rank(search_text(p.full_name), search_query(:q)) as rank
			    from person p
			    where 'PERSON' = any(string_to_array(:types, ',')) and p.search_vector @@ search_query(:q)
			    union all
			    select 'ORGANIZATION', o.slug, o.name, coalesce(o.description, o.name),
			           ts_rank(o.search_vector, search_query(:q)) + ts_rank(search_text(o.name), search_query(:q))
			    from organization o
			    where 'ORGANIZATION' = any(string_to_array(:types, ',')) and o.search_vector @@ search_query(:q)
			    union all
			    select 'MEETING', m.slug, m.title, coalesce(nullif(concat_ws(' ', m.summary, 'Topics: ' || t.topics), ''), m.title),
			           ts_rank(m.search_vector || search_text(t.topics), search_query(:q))
			               + ts_rank(search_text(m.title), search_query(:q))
			    from meeting m
			    left join lateral (select string_agg(mt.topic, '; ' order by mt.position) as topics
			                       from meeting_topic mt where mt.meeting_id = m.id) t on true
			    where 'MEETING' = any(string_to_array(:types, ','))
			      -- matches in the indexed text, or in the topics read together; as one OR over every meeting this
			      -- built the topics' text for all of them (316 ms at 20,000 meetings), as a union 0.7 ms
			      and m.id in (select mm.id from meeting mm where mm.search_vector @@ search_query(:q)
			                   union
			                   select mt.meeting_id from meeting_topic mt group by mt.meeting_id
			                   having search_text(string_agg(mt.topic, '; ' order by mt.position)) @@ search_query(:q))
			    union all
			    select 'AGREEMENT', a.slug, a.title, coalesce(a.summary, a.title),
			           ts_rank(a.search_vector, search_query(:q)) + ts_rank(search_text(a.title), search_query(:q))
			    from agreement a
			    where 'AGREEMENT' = any(string_to_array(:types, ',')) and a.search_vector @@ search_query(:q)
			    union all
			    select 'PROJECT', pr.slug, pr.name, coalesce(pr.summary, pr.name),
			           ts_rank(pr.search_vector, search_query(:q)) + ts_rank(search_text(pr.name), search_query(:q))
			    from project pr
			    where 'PROJECT' = any(string_to_array(:types, ',')) and pr.search_vector @@ search_query(:q)
			    union all
			    select 'SOURCE', s.slug, s.title, coalesce(s.summary, s.title),
			           ts_rank(s.search_vector, search_query(:q)) + ts_rank(search_text(s.title), search_query(:q))
			    from source s
			    where 'SOURCE' = any(string_to_array(:types, ',')) and s.search_vector @@ search_query(:q)
			    union all
			    select 'CLAIM', c.slug, c.title, concat_ws(' ', c.statement, c.note),
			           ts_rank(c.search_vector, search_query(:q)) + ts_rank(search_text(c.title), search_query(:q))
			    from claim c
			    where 'CLAIM' = any(string_to_array(:types, ',')) and c.search_vector @@ search_query(:q)
			) hits
			""";

	private final JdbcClient jdbc;

	SearchService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PagedQuery.Page<SearchHitResponse> search(String q, Set<SearchKind> kinds, PageQuery page) {
		return PagedQuery.run(this.jdbc, SQL, "rank desc, kind, slug",
				Map.of("q", q, "types", EnumListParameter.joined(kinds)), page, (rs, n) -> {
					SearchKind kind = SearchKind.valueOf(rs.getString("kind"));
					String slug = rs.getString("slug");
					return new SearchHitResponse(kind, slug, rs.getString("title"),
							Snippets.html(rs.getString("snippet")), rank(rs.getFloat("rank")), kind.self(slug));
				});
	}

	/**
	 * The rank (a PostgreSQL real) as the double its shortest decimal form reads: the
	 * driver hands a real over as text at first and in binary once the statement is
	 * prepared, and a binary real widened to double would print with spurious digits.
	 */
	private static double rank(float rank) {
		return Double.parseDouble(Float.toString(rank));
	}

}
