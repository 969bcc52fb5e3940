package org.kzcz.relations.countries;

import java.util.HashMap;
import java.util.Map;

import org.kzcz.relations.common.reads.Columns;
import org.kzcz.relations.common.reads.LinkedResources;
import org.kzcz.relations.common.problems.NotFoundException;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PagedQuery;
import org.kzcz.relations.countries.CountryDetailResponse.CurrentPosts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class CountryService {

	static final Map<String, String> SORT_FIELDS = Map.of("code", "c.code", "name", "c.name", "alpha3", "c.alpha3");

	private final JdbcClient jdbc;

	CountryService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PagedQuery.Page<CountryResponse> list(CountryKind kind, PageQuery page) {
		String sql = """
				select c.code, c.alpha3, c.numeric_code, c.kind, c.name, c.capital
				from country c
				where (cast(:kind as text) is null or c.kind = :kind)
				""";
		Map<String, Object> params = new HashMap<>();
		params.put("kind", (kind != null) ? kind.name() : null);
		return PagedQuery.run(this.jdbc, sql, page.orderBy(SORT_FIELDS, "c.code", "c.code"), params, page,
				(rs, n) -> CountryResponse.of(rs.getString("code"), rs.getString("alpha3"),
						rs.getString("numeric_code"), CountryKind.valueOf(rs.getString("kind")), rs.getString("name"),
						rs.getString("capital")));
	}

	/**
	 * A country by alpha-2, alpha-3 or numeric code (in any case) in one statement, with
	 * the holders of its key posts today as JSON built by PostgreSQL: posts with no end
	 * and not marked as ended, started on or before today (or with an unknown start).
	 * Derived from post history, never stored twice.
	 */
	CountryDetailResponse find(String code) {
		return this.jdbc
			.sql("""
					select c.code, c.alpha3, c.numeric_code, c.kind, c.name, c.capital,
					       (select json_build_object(
					                   'headOfState', %1$s filter (where not posted_to and h.role_kind = 'HEAD_OF_STATE'), '[]'),
					                   'headOfGovernment', %1$s filter (where not posted_to and h.role_kind = 'HEAD_OF_GOVERNMENT'), '[]'),
					                   'foreignMinister', %1$s filter (where not posted_to and h.role_kind = 'FOREIGN_MINISTER'), '[]'),
					                   'ambassadorsFrom', %1$s filter (where not posted_to
					                                                   and h.role_kind in ('AMBASSADOR', 'HEAD_OF_MISSION')), '[]'),
					                   'ambassadorsTo', %1$s filter (where posted_to), '[]'))
					        from (select ph.role_kind, ph.start_date, p.slug, coalesce(ph.posted_to_country = c.code, false) as posted_to,
					                     json_build_object(
					                         'personId', p.slug, 'name', p.full_name, 'role', ph.role, 'organization', o.name,
					                         'representsCountry', ph.represents_country, 'postedToCountry', ph.posted_to_country,
					                         'startDate', ph.start_date, 'startPrecision', ph.start_precision,
					                         'attestedOn', ph.attested_on, 'self', '/api/v1/officials/' || p.slug,
					                         'sources', %2$s) as holder
					              from post_held ph
					              join person p on p.id = ph.person_id
					              left join organization o on o.id = ph.organization_id
					              where not ph.ended and ph.end_date is null
					                and (ph.start_date is null or ph.start_date <= current_date)
					                and ((ph.represents_country = c.code
					                      and ph.role_kind in ('HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'FOREIGN_MINISTER', 'AMBASSADOR',
					                                           'HEAD_OF_MISSION'))
					                     or (ph.posted_to_country = c.code and ph.role_kind in ('AMBASSADOR', 'HEAD_OF_MISSION')))) h)
					         as current_posts
					from country c
					where c.code = upper(:code) or c.alpha3 = upper(:code) or c.numeric_code = :code
					"""
				.formatted("coalesce(json_agg(h.holder order by h.start_date desc nulls last, h.slug)",
						LinkedResources.sources("post_held_source", "post_held_id", "ph.id")))
			.param("code", code.trim())
			.query((rs, n) -> new CountryDetailResponse(rs.getString("code"), rs.getString("alpha3"),
					rs.getString("numeric_code"), CountryKind.valueOf(rs.getString("kind")), rs.getString("name"),
					rs.getString("capital"), "/api/v1/countries/" + rs.getString("code"),
					Columns.object(rs, "current_posts", CurrentPosts.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("country", code));
	}

}
