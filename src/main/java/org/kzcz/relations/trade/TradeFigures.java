package org.kzcz.relations.trade;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kzcz.relations.common.problems.InvalidParameterException;
import org.kzcz.relations.common.reads.JsonTuples;
import org.kzcz.relations.common.reads.SourceRefs;
import org.kzcz.relations.trade.analysis.FigureRow;
import org.kzcz.relations.trade.analysis.Period;
import org.kzcz.relations.trade.analysis.PeriodKind;
import org.kzcz.relations.trade.analysis.Scale;
import org.kzcz.relations.trade.analysis.StatedChange;
import org.kzcz.relations.trade.analysis.TradeIndicator;
import org.kzcz.relations.trade.analysis.TradeReporter;
import org.kzcz.relations.trade.analysis.TradeRequest;
import org.kzcz.relations.trade.analysis.ValueQualifier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the figures a trade request needs in one statement: both directions of the pair
 * (flows stored from the partner's side are mirrored later), their reporting agency,
 * sources and stated rates, and whether the country codes exist at all, so an unknown
 * code costs no extra round trip.
 */
@Component
class TradeFigures {

	private static final String SQL = """
			select k.country_known, k.partner_known, k.reporter_known,
			       f.id, f.reporter_country, f.reporter_stated, f.agency_slug, f.agency_name, f.country_code,
			       f.partner_code, f.indicator, f.period_kind, f.period_start, f.period_end, f.value,
			       f.value_qualifier, f.currency, f.scale, f.unit, f.sources, f.stated
			from (select exists (select 1 from country where code = :country) as country_known,
			             exists (select 1 from country where code = :partner) as partner_known,
			             (cast(:reporter as text) is null
			              or exists (select 1 from country where code = :reporter)) as reporter_known) k
			left join lateral (
			    select tf.id, tf.reporter_country, tf.reporter_stated, o.slug as agency_slug, o.name as agency_name,
			           tf.country_code, tf.partner_code, tf.indicator, tf.period_kind, tf.period_start, tf.period_end,
			           tf.value, tf.value_qualifier, tf.currency, tf.scale, tf.unit,
			           (select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from trade_figure_source tfs join source s on s.id = tfs.source_id
			                 where tfs.trade_figure_id = tf.id) as sources,
			           (select coalesce(json_agg(json_build_array(s.slug, tfs.stated_change_pct::text, tfs.stated_text)
			                                     order by s.slug), '[]')
			                 from trade_figure_source tfs join source s on s.id = tfs.source_id
			                 where tfs.trade_figure_id = tf.id
			                   and (tfs.stated_change_pct is not null or tfs.stated_text is not null)) as stated
			    from trade_figure tf
			    left join organization o on o.id = tf.reporter_agency_id
			    where k.country_known and k.partner_known and k.reporter_known
			      and tf.indicator in (:indicators)
			      and ((tf.country_code = :country and tf.partner_code = :partner)
			           or (tf.country_code = :partner and tf.partner_code = :country
			               and tf.indicator in ('EXPORTS', 'IMPORTS', 'TURNOVER')))
			      and (cast(:reporter as text) is null or tf.reporter_country = :reporter)
			      and (cast(:fromYear as integer) is null or tf.period_end >= make_date(:fromYear, 1, 1))
			      and (cast(:toYear as integer) is null or tf.period_end <= make_date(:toYear, 12, 31))
			) f on true
			order by f.id
			""";

	private final JdbcClient jdbc;

	TradeFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures for the request, with a year of margin on each side: the year before
	 * {@code from} for changes, the year after {@code to} for the previous values its
	 * stated rates imply.
	 */
	List<FigureRow> read(TradeRequest request, String reporter) {
		Map<String, Object> params = new HashMap<>();
		params.put("country", request.country());
		params.put("partner", request.partner());
		params.put("reporter", reporter);
		params.put("indicators", request.storedIndicators().stream().map(Enum::name).toList());
		params.put("fromYear", (request.from() != null) ? request.from() - 1 : null);
		params.put("toYear", (request.to() != null) ? request.to() + 1 : null);
		List<FigureRow> rows = new ArrayList<>();
		this.jdbc.sql(SQL).params(params).query((ResultSet rs) -> {
			check(rs.getBoolean("country_known"), "country", request.country());
			check(rs.getBoolean("partner_known"), "partner", request.partner());
			check(rs.getBoolean("reporter_known"), "reporter", reporter);
			if (rs.getObject("id") != null) {
				rows.add(row(rs));
			}
		});
		return rows;
	}

	/**
	 * The sides (country, partner) the pairs with stored trade or investment figures are
	 * read from: the requested country's side when given (the other party's side when
	 * only the partner is), otherwise each pair once, from the side that stores more of
	 * its figures (the alphabetically first on a tie). An unknown country code is a 400.
	 */
	List<List<String>> sides(String country, String partner) {
		for (String[] named : new String[][] { { "country", country }, { "partner", partner } }) {
			if (named[1] != null) {
				check(this.jdbc.sql("select exists (select 1 from country where code = :code)")
					.param("code", named[1])
					.query(Boolean.class)
					.single(), named[0], named[1]);
			}
		}
		if (country != null && partner != null) {
			return List.of(List.of(country, partner));
		}
		return this.jdbc.sql("""
				with stored as (
				    select country_code::text as a, partner_code::text as b, count(*) as figures
				    from trade_figure
				    where indicator in ('EXPORTS', 'IMPORTS', 'TURNOVER', 'FDI_INFLOW', 'FDI_CUMULATIVE')
				    group by 1, 2
				),
				pairs as (
				    select least(a, b) as x, greatest(a, b) as y,
				           sum(case when a < b then figures else 0 end) as from_x,
				           sum(case when a > b then figures else 0 end) as from_y
				    from stored
				    group by 1, 2
				)
				select case when cast(:country as text) is not null then cast(:country as text)
				            when cast(:partner as text) is not null then case when x = :partner then y else x end
				            when from_y > from_x then y else x end as side,
				       case when cast(:country as text) is not null then case when x = :country then y else x end
				            when cast(:partner as text) is not null then cast(:partner as text)
				            when from_y > from_x then x else y end as other
				from pairs
				where (cast(:country as text) is null or :country in (x, y))
				  and (cast(:partner as text) is null or :partner in (x, y))
				order by 1, 2
				""")
			.param("country", country)
			.param("partner", partner)
			.query((rs, n) -> List.of(rs.getString("side"), rs.getString("other")))
			.list();
	}

	private static void check(boolean known, String parameter, String code) {
		if (!known) {
			throw new InvalidParameterException(parameter, "is not a known country code: '" + code + "'");
		}
	}

	private static FigureRow row(ResultSet rs) throws SQLException {
		String reporter = rs.getString("reporter_country");
		return new FigureRow(rs.getLong("id"),
				new TradeReporter(reporter, rs.getBoolean("reporter_stated"), rs.getString("agency_slug"),
						rs.getString("agency_name")),
				rs.getString("country_code"), rs.getString("partner_code"),
				TradeIndicator.valueOf(rs.getString("indicator")),
				new Period(PeriodKind.valueOf(rs.getString("period_kind")),
						rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class)),
				rs.getBigDecimal("value"), ValueQualifier.valueOf(rs.getString("value_qualifier")),
				rs.getString("currency"), Scale.valueOf(rs.getString("scale")), rs.getString("unit"),
				SourceRefs.fromJson(rs.getString("sources")), stated(rs.getString("stated")));
	}

	private static List<StatedChange> stated(String json) {
		return JsonTuples.of(json)
			.stream()
			.map((t) -> new StatedChange(t.get(0), (t.get(1) != null) ? new java.math.BigDecimal(t.get(1)) : null,
					t.get(2)))
			.toList();
	}

}
