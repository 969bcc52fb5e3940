package org.kzcz.relations.countries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

import org.kzcz.relations.common.DatePrecision;
import org.kzcz.relations.common.NotFoundException;
import org.kzcz.relations.common.PageQuery;
import org.kzcz.relations.common.PagedQuery;
import org.kzcz.relations.common.SourceRefs;
import org.kzcz.relations.countries.CountryDetailResponse.CurrentPosts;
import org.kzcz.relations.countries.CountryDetailResponse.PostHolder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CountryService {

	static final Map<String, String> SORT_FIELDS = Map.of("code", "c.code", "name", "c.name", "alpha3", "c.alpha3");

	private final CountryRepository countries;

	private final JdbcClient jdbc;

	CountryService(CountryRepository countries, JdbcClient jdbc) {
		this.countries = countries;
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

	CountryDetailResponse find(String code) {
		Country country = this.countries.findByAnyCode(code.trim())
			.orElseThrow(() -> new NotFoundException("country", code));
		return new CountryDetailResponse(country.getCode(), country.getAlpha3(), country.getNumericCode(),
				country.getKind(), country.getName(), country.getCapital(), "/api/v1/countries/" + country.getCode(),
				currentPosts(country.getCode()));
	}

	/**
	 * Holders of the key posts today: posts with no end and not marked as ended, started
	 * on or before today (or with an unknown start). Derived from post history, never
	 * stored twice.
	 */
	private CurrentPosts currentPosts(String code) {
		List<PostHolder> headOfState = new ArrayList<>();
		List<PostHolder> headOfGovernment = new ArrayList<>();
		List<PostHolder> foreignMinister = new ArrayList<>();
		List<PostHolder> ambassadorsFrom = new ArrayList<>();
		List<PostHolder> ambassadorsTo = new ArrayList<>();
		this.jdbc
			.sql("""
					select p.slug, p.full_name, ph.role, ph.role_kind, o.name as organization, ph.represents_country,
					       ph.posted_to_country, ph.start_date, ph.start_precision, ph.attested_on,
					       (select coalesce(json_agg(json_build_array(s.slug, s.title) order by s.slug), '[]') from post_held_source phs join source s on s.id = phs.source_id
					             where phs.post_held_id = ph.id) as sources
					from post_held ph
					join person p on p.id = ph.person_id
					left join organization o on o.id = ph.organization_id
					where not ph.ended and ph.end_date is null
					  and (ph.start_date is null or ph.start_date <= current_date)
					  and ((ph.represents_country = :code
					        and ph.role_kind in ('HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'FOREIGN_MINISTER', 'AMBASSADOR', 'HEAD_OF_MISSION'))
					       or (ph.posted_to_country = :code and ph.role_kind in ('AMBASSADOR', 'HEAD_OF_MISSION')))
					order by ph.start_date desc nulls last, p.slug
					""")
			.param("code", code)
			.query((rs, n) -> {
				PostHolder holder = holder(rs);
				String kind = rs.getString("role_kind");
				if (code.equals(rs.getString("posted_to_country"))) {
					ambassadorsTo.add(holder);
				}
				else if (kind.equals("HEAD_OF_STATE")) {
					headOfState.add(holder);
				}
				else if (kind.equals("HEAD_OF_GOVERNMENT")) {
					headOfGovernment.add(holder);
				}
				else if (kind.equals("FOREIGN_MINISTER")) {
					foreignMinister.add(holder);
				}
				else {
					ambassadorsFrom.add(holder);
				}
				return holder;
			})
			.list();
		return new CurrentPosts(headOfState, headOfGovernment, foreignMinister, ambassadorsFrom, ambassadorsTo);
	}

	private static PostHolder holder(ResultSet rs) throws SQLException {
		String slug = rs.getString("slug");
		String precision = rs.getString("start_precision");
		return new PostHolder(slug, rs.getString("full_name"), rs.getString("role"), rs.getString("organization"),
				rs.getString("represents_country"), rs.getString("posted_to_country"),
				rs.getObject("start_date", LocalDate.class),
				(precision != null) ? DatePrecision.valueOf(precision) : null,
				rs.getObject("attested_on", LocalDate.class), "/api/v1/officials/" + slug,
				SourceRefs.fromJson(rs.getString("sources")));
	}

}
