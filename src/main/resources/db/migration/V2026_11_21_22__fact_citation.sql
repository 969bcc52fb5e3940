-- Every fact that cites a source, one row per (fact, source), whatever table the fact lives in: what
-- GET /sources/{id} lists. kind names the sort of fact, fact_id its stable id (the slug where it has one),
-- label a short human-readable name, self the API resource that shows it (trade figures and commodity
-- groups: the trade series they belong to; null for counts and ranks, which no endpoint shows). Trade
-- figures carry what the source stated alongside the number.

create view fact_citation as
select ps.source_id, 'PERSON' as kind, p.slug as fact_id, p.full_name as label,
       '/api/v1/officials/' || p.slug as self, null::text as stated_text, null::numeric as stated_change_pct
from person_source ps
         join person p on p.id = ps.person_id
union all
select phs.source_id, 'POST', ph.id::text, p.full_name || ': ' || ph.role,
       '/api/v1/officials/' || p.slug, null, null
from post_held_source phs
         join post_held ph on ph.id = phs.post_held_id
         join person p on p.id = ph.person_id
union all
select c.source_id, 'POST_DATE_CLAIM', c.id::text,
       p.full_name || ': ' || ph.role || case c.field when 'START' then ', started ' else ', ended ' end
           || to_char(c.claimed_date, case c.claimed_precision when 'YEAR' then 'YYYY' when 'MONTH' then 'YYYY-MM'
                                                               else 'YYYY-MM-DD' end)
           || coalesce(' (' || c.qualifier || ')', ''),
       '/api/v1/officials/' || p.slug, null, null
from post_date_claim c
         join post_held ph on ph.id = c.post_held_id
         join person p on p.id = ph.person_id
union all
select os.source_id, 'ORGANIZATION', o.slug, o.name, '/api/v1/organizations/' || o.slug, null, null
from organization_source os
         join organization o on o.id = os.organization_id
union all
select es.source_id, 'ENGAGEMENT', e.id::text,
       o.name || ': ' || lower(replace(e.kind, '_', ' ')) || ' ' || e.country_code,
       '/api/v1/organizations/' || o.slug, null, null
from organization_engagement_source es
         join organization_engagement e on e.id = es.organization_engagement_id
         join organization o on o.id = e.organization_id
union all
select ms.source_id, 'MEETING', m.slug, m.title, '/api/v1/meetings/' || m.slug, null, null
from meeting_source ms
         join meeting m on m.id = ms.meeting_id
union all
select ags.source_id, 'AGREEMENT', a.slug, a.title, '/api/v1/agreements/' || a.slug, null, null
from agreement_source ags
         join agreement a on a.id = ags.agreement_id
union all
select prs.source_id, 'PROJECT', pr.slug, pr.name, '/api/v1/projects/' || pr.slug, null, null
from project_source prs
         join project pr on pr.id = prs.project_id
union all
select pms.source_id, 'MILESTONE', pm.id::text, pr.name || ': ' || pm.title, '/api/v1/projects/' || pr.slug, null, null
from project_milestone_source pms
         join project_milestone pm on pm.id = pms.project_milestone_id
         join project pr on pr.id = pm.project_id
union all
select pts.source_id, 'TARGET', pt.id::text, pr.name || ': ' || pt.description, '/api/v1/projects/' || pr.slug, null, null
from project_target_source pts
         join project_target pt on pt.id = pts.project_target_id
         join project pr on pr.id = pt.project_id
union all
select tfs.source_id, 'TRADE_FIGURE', tf.id::text,
       tf.country_code || '-' || tf.partner_code || ' ' || lower(replace(tf.indicator, '_', ' ')) || ' '
           || case tf.period_kind
                  when 'YEAR' then to_char(tf.period_start, 'YYYY')
                  when 'POINT_IN_TIME' then to_char(tf.period_start, 'YYYY-MM-DD')
                  else to_char(tf.period_start, 'YYYY-MM-DD') || '..' || to_char(tf.period_end, 'YYYY-MM-DD')
              end
           || ': ' || tf.value || case tf.scale when 'UNIT' then '' else ' ' || lower(tf.scale) end
           || coalesce(' ' || tf.currency, ' ' || tf.unit) || ' (reported by ' || tf.reporter_country || ')',
       case when tf.indicator in ('EXPORTS', 'IMPORTS', 'TURNOVER', 'FDI_INFLOW', 'FDI_CUMULATIVE')
                then '/api/v1/trade/series?country=' || tf.country_code || '&partner=' || tf.partner_code
                         || '&indicator=' || tf.indicator || '&reporter=' || tf.reporter_country
                         || '&from=' || extract(year from tf.period_start) || '&to=' || extract(year from tf.period_end)
       end,
       tfs.stated_text, tfs.stated_change_pct
from trade_figure_source tfs
         join trade_figure tf on tf.id = tfs.trade_figure_id
union all
select cgs.source_id, 'COMMODITY_GROUP', cg.id::text,
       cg.exporter_code || ' to ' || cg.importer_code || ': ' || cg.name
           || case cg.category when 'MAIN' then '' else ' (' || lower(replace(cg.category, '_', ' ')) || ')' end,
       '/api/v1/trade/series?country=' || cg.exporter_code || '&partner=' || cg.importer_code || '&indicator=EXPORTS',
       null, null
from commodity_group_source cgs
         join commodity_group cg on cg.id = cgs.commodity_group_id
union all
select drs.source_id, 'DIPLOMATIC_RELATION', dr.country_code || '-' || dr.partner_code,
       'Diplomatic relations ' || a.name || ' - ' || b.name, '/api/v1/countries/' || dr.country_code, null, null
from diplomatic_relation_source drs
         join diplomatic_relation dr on dr.id = drs.diplomatic_relation_id
         join country a on a.code = dr.country_code
         join country b on b.code = dr.partner_code;

comment on view fact_citation is 'Every fact citing a source, across all fact tables (read by GET /api/v1/sources/{id})';
