package org.kzcz.relations.search;

import java.util.Map;
import java.util.Set;

import org.kzcz.relations.common.guards.EnumListParameter;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PagedQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import org.springframework.stereotype.Service;

@Service
class SearchService {

	/** Marks the start of a match in a headline; see {@link #html}. */
	private static final String START = "\uE000";

	/** Marks the end of a match in a headline. */
	private static final String STOP = "\uE001";

	/**
	 * One statement over every searchable table: each branch matches its generated
	 * search_vector (GIN-indexed) against search_query(:q), meetings also their topics;
	 * hits are ranked with ts_rank, a match in the title or name counting once more, and
	 * highlighted with ts_headline in the diacritics-insensitive search_display
	 * configuration: short texts whole, long ones as the passage around the best match.
	 * Matches are marked with {@link #START} and {@link #STOP}, private characters taken
	 * out of the text first so that only ts_headline places them.
	 */
	private static final String SQL = """
			select kind, slug, title, rank,
			       case when length(document) <= 300
			            then ts_headline('search_display', translate(document, '%1$s%2$s', ''), search_query(:q),
			                             'HighlightAll=true, StartSel=%1$s, StopSel=%2$s')
			            else ts_headline('search_display', translate(document, '%1$s%2$s', ''), search_query(:q),
			                             'MaxWords=35, MinWords=15, StartSel=%1$s, StopSel=%2$s')
			       end as snippet
			from (
			%3$s
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
			%4$s
			) hits
			"""
		.formatted(START, STOP,
				String.join("\n    union all\n",
						branch("PERSON", "person", "full_name", "concat_ws(': ', r.full_name, r.biography)"),
						branch("ORGANIZATION", "organization", "name", "coalesce(r.description, r.name)")),
				String.join("\n    union all\n",
						branch("AGREEMENT", "agreement", "title", "coalesce(r.summary, r.title)"),
						branch("PROJECT", "project", "name", "coalesce(r.summary, r.name)"),
						branch("SOURCE", "source", "title", "coalesce(r.summary, r.title)"),
						branch("CLAIM", "claim", "title", "concat_ws(' ', r.statement, r.note)")));

	private final JdbcClient jdbc;

	SearchService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PagedQuery.Page<SearchHitResponse> search(String q, Set<SearchKind> kinds, PageQuery page) {
		return PagedQuery.run(this.jdbc, SQL, "rank desc, kind, slug",
				Map.of("q", q, "types", EnumListParameter.joined(kinds)), page, (rs, n) -> {
					SearchKind kind = SearchKind.valueOf(rs.getString("kind"));
					String slug = rs.getString("slug");
					return new SearchHitResponse(kind, slug, rs.getString("title"), html(rs.getString("snippet")),
							rank(rs.getFloat("rank")), kind.self(slug));
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

	/**
	 * The branch of a kind found by its table's generated search_vector alone: {@code r}
	 * is the row, {@code title} its title column, {@code document} the text a snippet is
	 * cut from.
	 */
	private static String branch(String kind, String table, String title, String document) {
		return """
				select '%1$s' as kind, r.slug, r.%3$s as title, %4$s as document,
				       ts_rank(r.search_vector, search_query(:q)) + ts_rank(search_text(r.%3$s), search_query(:q)) as rank
				from %2$s r
				where '%1$s' = any(string_to_array(:types, ',')) and r.search_vector @@ search_query(:q)"""
			.formatted(kind, table, title, document);
	}

	/**
	 * A headline as HTML. Stored text is whatever curators typed, markup included, so the
	 * database marks matches with two private-use characters instead of tags (having
	 * taken them out of the text first); the whole headline is escaped, and only then do
	 * they become {@code <mark>} and {@code </mark>}.
	 */
	private static String html(String headline) {
		if (headline == null) {
			return null;
		}
		// UTF-8: only the five markup characters become entities, "Lipavský" stays as it
		// is
		return HtmlUtils.htmlEscape(headline, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
