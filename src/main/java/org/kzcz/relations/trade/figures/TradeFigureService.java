package org.kzcz.relations.trade.figures;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.problems.NotFoundException;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PagedQuery;
import org.kzcz.relations.common.facts.SourceRef;
import org.kzcz.relations.trade.TradeService;
import org.kzcz.relations.trade.analysis.PeriodKind;
import org.kzcz.relations.trade.analysis.Scale;
import org.kzcz.relations.trade.analysis.TradeFlag;
import org.kzcz.relations.trade.analysis.ValueQualifier;
import org.kzcz.relations.trade.figures.TradeFigureResponse.CitingSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stored trade figures as their sources state them, one statement per request: the
 * figure, its reporting agency and every citing source with what it said alongside.
 */
@Service
@Transactional(readOnly = true)
class TradeFigureService {

	/** The sort fields of the list, and the columns they stand for. */
	public static final Map<String, String> SORT_FIELDS = Map.of("periodStart", "tf.period_start", "periodEnd",
			"tf.period_end", "id", "tf.id");

	private static final String SELECT = """
			select tf.id, tf.reporter_country, tf.reporter_stated, o.slug as agency, tf.country_code,
			       tf.partner_code, tf.indicator, tf.period_kind, tf.period_start, tf.period_end, tf.value,
			       tf.value_qualifier, tf.currency, tf.scale, tf.unit, tf.note, tf.version,
			       src.slugs, src.titles, src.texts, src.changes
			from trade_figure tf
			left join organization o on o.id = tf.reporter_agency_id
			left join lateral (
			    select array_agg(s.slug order by s.slug) as slugs, array_agg(s.title order by s.slug) as titles,
			           array_agg(tfs.stated_text order by s.slug) as texts,
			           array_agg(tfs.stated_change_pct order by s.slug) as changes
			    from trade_figure_source tfs
			    join source s on s.id = tfs.source_id
			    where tfs.trade_figure_id = tf.id
			) src on true
			""";

	private final JdbcClient jdbc;

	private final TradeService trade;

	TradeFigureService(JdbcClient jdbc, TradeService trade) {
		this.jdbc = jdbc;
		this.trade = trade;
	}

	/**
	 * One page of figures, newest period first by default; sortable by periodStart,
	 * periodEnd and id.
	 */
	public PagedQuery.Page<TradeFigureResponse> list(TradeFigureFilter filter, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		params.put("country", filter.country());
		params.put("partner", filter.partner());
		params.put("indicator", (filter.indicator() != null) ? filter.indicator().name() : null);
		params.put("reporter", filter.reporter());
		params.put("fromYear", filter.from());
		params.put("toYear", filter.to());
		String sql = SELECT + """
				where (cast(:country as text) is null or tf.country_code = :country)
				  and (cast(:partner as text) is null or tf.partner_code = :partner)
				  and (cast(:indicator as text) is null or tf.indicator = :indicator)
				  and (cast(:reporter as text) is null or tf.reporter_country = :reporter)
				  and (cast(:fromYear as integer) is null or tf.period_end >= make_date(:fromYear, 1, 1))
				  and (cast(:toYear as integer) is null or tf.period_end <= make_date(:toYear, 12, 31))
				""";
		PagedQuery.Page<TradeFigureResponse> found = PagedQuery.run(this.jdbc, sql,
				page.orderBy(SORT_FIELDS, "tf.period_end desc, tf.period_start desc, tf.id", "tf.id"), params, page,
				(rs, n) -> figure(rs));
		return new PagedQuery.Page<>(withFlags(found.items()), found.totalElements(), found.totalExact(),
				found.hasNext());
	}

	/** The figure with this id, or 404. */
	public TradeFigureResponse find(long id) {
		TradeFigureResponse figure = this.jdbc.sql(SELECT + "where tf.id = :id")
			.param("id", id)
			.query((rs, n) -> figure(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("trade figure", id));
		return withFlags(List.of(figure)).get(0);
	}

	/**
	 * The figures with the flags the trade analysis raises on them: one analysis per pair
	 * and side they are stored from (counts and ranks are not analysed).
	 */
	private List<TradeFigureResponse> withFlags(List<TradeFigureResponse> found) {
		Map<List<String>, Map<Long, List<TradeFlag>>> bySide = new HashMap<>();
		List<TradeFigureResponse> flagged = new ArrayList<>(found.size());
		for (TradeFigureResponse figure : found) {
			List<TradeFlag> flags = List.of();
			if (figure.indicator().isMoney()) {
				flags = bySide
					.computeIfAbsent(List.of(figure.country(), figure.partner()),
							(side) -> this.trade.flagsOfStoredFigures(side.get(0), side.get(1)))
					.getOrDefault(figure.id(), List.of());
			}
			flagged.add(figure.withFlags(flags));
		}
		return flagged;
	}

	private static TradeFigureResponse figure(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		String reporter = rs.getString("reporter_country");
		String country = rs.getString("country_code");
		String partner = rs.getString("partner_code");
		StoredIndicator indicator = StoredIndicator.valueOf(rs.getString("indicator"));
		LocalDate start = rs.getObject("period_start", LocalDate.class);
		LocalDate end = rs.getObject("period_end", LocalDate.class);
		return new TradeFigureResponse(id, reporter, rs.getBoolean("reporter_stated"), rs.getString("agency"), country,
				partner, indicator, PeriodKind.valueOf(rs.getString("period_kind")), start, end,
				rs.getBigDecimal("value"), ValueQualifier.valueOf(rs.getString("value_qualifier")),
				rs.getString("currency"), Scale.valueOf(rs.getString("scale")), rs.getString("unit"),
				rs.getString("note"), sources(rs), List.of(),
				TradeFigureResponse.series(country, partner, indicator, reporter, start, end), rs.getLong("version"),
				TradeFigureResponse.self(id));
	}

	/**
	 * The citing sources from the four arrays the lateral join aggregates in one order.
	 */
	private static List<CitingSource> sources(ResultSet rs) throws SQLException {
		Object[] slugs = elements(rs.getArray("slugs"));
		Object[] titles = elements(rs.getArray("titles"));
		Object[] texts = elements(rs.getArray("texts"));
		Object[] changes = elements(rs.getArray("changes"));
		List<CitingSource> sources = new ArrayList<>(slugs.length);
		for (int i = 0; i < slugs.length; i++) {
			SourceRef ref = SourceRef.of((String) slugs[i], (String) titles[i]);
			sources
				.add(new CitingSource(ref.id(), ref.title(), ref.self(), (String) texts[i], (BigDecimal) changes[i]));
		}
		return sources;
	}

	private static Object[] elements(Array array) throws SQLException {
		return (array != null) ? (Object[]) array.getArray() : new Object[0];
	}

}
