package org.kzcz.relations.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.kzcz.relations.common.reads.Columns;
import org.kzcz.relations.common.facts.DatePrecision;
import org.kzcz.relations.common.guards.EnumListParameter;
import org.kzcz.relations.common.reads.LinkedResources;
import org.kzcz.relations.common.paging.PageQuery;
import org.kzcz.relations.common.paging.PagedQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class TimelineService {

	/**
	 * One statement: a branch per kind of event (skipped when its type is not asked for),
	 * the filters applied over the union. A meeting involves the country it took place
	 * in, the host and visiting countries and the sides of its participants; an agreement
	 * its parties; a milestone its project's countries; a post the country represented
	 * and the one posted to; a claim the countries it concerns. An event is in [from, to]
	 * when its period overlaps it: a MONTH-precision meeting in March counts for
	 * from=2024-03-15, a meeting over several days until its last day.
	 */
	private static final String SQL = """
			select type, date, date_precision, title, status, countries, id, self, sources
			from (
			    select 'MEETING' as type, m.start_date as date, m.date_precision,
			           greatest(m.end_date, period_last_day(m.start_date, m.date_precision)) as last_day, m.title, m.status,
			           array(select distinct c::text
			                 from unnest(array[m.country_code, m.host_country, m.visiting_country]
			                             || array(select mp.side_country from meeting_participant mp
			                                      where mp.meeting_id = m.id)) c
			                 where c is not null order by 1) as countries,
			           m.slug as id, '/api/v1/meetings/' || m.slug as self,
			           %s as sources
			    from meeting m
			    where 'MEETING' = any(string_to_array(:types, ','))
			    union all
			    select 'AGREEMENT', a.signed_on, a.signed_precision, period_last_day(a.signed_on, a.signed_precision),
			           a.title, a.status,
			           array(select distinct ap.country_code::text from agreement_party ap
			                 where ap.agreement_id = a.id order by 1),
			           a.slug, '/api/v1/agreements/' || a.slug,
			           %s
			    from agreement a
			    where 'AGREEMENT' = any(string_to_array(:types, ',')) and a.signed_on is not null
			    union all
			    select 'MILESTONE', pm.occurred_on, pm.date_precision, period_last_day(pm.occurred_on, pm.date_precision),
			           pr.name || ': ' || pm.title, pm.status,
			           array(select pc.country_code::text from project_country pc where pc.project_id = pr.id order by 1),
			           pr.slug, '/api/v1/projects/' || pr.slug,
			           %s
			    from project_milestone pm
			    join project pr on pr.id = pm.project_id
			    where 'MILESTONE' = any(string_to_array(:types, ','))
			    union all
			    select 'POST', ph.start_date, ph.start_precision, period_last_day(ph.start_date, ph.start_precision),
			           p.full_name || ': ' || ph.role, null,
			           array(select distinct c::text from unnest(array[ph.represents_country, ph.posted_to_country]) c
			                 where c is not null order by 1),
			           p.slug, '/api/v1/officials/' || p.slug,
			           %s
			    from post_held ph
			    join person p on p.id = ph.person_id
			    where 'POST' = any(string_to_array(:types, ',')) and ph.start_date is not null
			    union all
			    select 'DIPLOMATIC_RELATION', dr.established_on, dr.established_precision,
			           period_last_day(dr.established_on, dr.established_precision),
			           'Diplomatic relations established: ' || a.name || ' and ' || b.name, null,
			           array[dr.country_code::text, dr.partner_code::text],
			           dr.country_code || '-' || dr.partner_code, '/api/v1/countries/' || dr.country_code,
			           %s
			    from diplomatic_relation dr
			    join country a on a.code = dr.country_code
			    join country b on b.code = dr.partner_code
			    where 'DIPLOMATIC_RELATION' = any(string_to_array(:types, ','))
			    union all
			    select 'CLAIM', c.occurred_on, c.date_precision, period_last_day(c.occurred_on, c.date_precision),
			           c.title, c.kind,
			           array(select cc.country_code::text from claim_country cc where cc.claim_id = c.id order by 1),
			           c.slug, '/api/v1/claims/' || c.slug,
			           %s
			    from claim c
			    where 'CLAIM' = any(string_to_array(:types, ',')) and c.occurred_on is not null
			) events
			where (cast(:country as text) is null or cast(:country as text) = any(countries))
			  and (cast(:from as date) is null or last_day >= cast(:from as date))
			  and (cast(:to as date) is null or date <= cast(:to as date))
			"""
		.formatted(LinkedResources.sources("meeting_source", "meeting_id", "m.id"),
				LinkedResources.sources("agreement_source", "agreement_id", "a.id"),
				LinkedResources.sources("project_milestone_source", "project_milestone_id", "pm.id"),
				LinkedResources.sources("post_held_source", "post_held_id", "ph.id"),
				LinkedResources.sources("diplomatic_relation_source", "diplomatic_relation_id", "dr.id"),
				LinkedResources.sources("claim_source", "claim_id", "c.id"));

	private final JdbcClient jdbc;

	TimelineService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PagedQuery.Page<TimelineItemResponse> timeline(String country, LocalDate from, LocalDate to,
			Set<TimelineType> types, PageQuery page) {
		Map<String, Object> params = new HashMap<>();
		params.put("types", EnumListParameter.joined(types));
		params.put("country", country);
		params.put("from", from);
		params.put("to", to);
		return PagedQuery.run(this.jdbc, SQL, "date desc, type, id", params, page,
				(rs, n) -> new TimelineItemResponse(TimelineType.valueOf(rs.getString("type")),
						rs.getObject("date", LocalDate.class), DatePrecision.valueOf(rs.getString("date_precision")),
						rs.getString("title"), rs.getString("status"), Columns.texts(rs, "countries"),
						rs.getString("id"), rs.getString("self"), Columns.sources(rs)));
	}

}
