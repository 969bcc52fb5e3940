-- Claims: facts the sources state that are not rows of the other tables (visitor numbers, sectors of interest,
-- campaigns, history, culture...), each citing its sources; a source's own version of a fact stored elsewhere,
-- kept where sources disagree (VARIANT); and editorial notes (EDITORIAL): what the editors know but no stored
-- document says, marked as such and citing no document.
-- "about" names the API resource a claim is about, when it is about one; a dated claim shows on the timeline.

create table claim (
    id             bigint generated always as identity primary key,
    slug           text   not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind           text   not null check (kind in ('STATEMENT', 'VARIANT', 'EDITORIAL')),
    topic          text   not null check (topic in ('TRADE', 'INVESTMENT', 'BUSINESS', 'ENERGY', 'TRANSPORT', 'TOURISM',
                                                    'EDUCATION', 'CULTURE', 'HISTORY', 'POLITICS', 'DIPLOMACY',
                                                    'ENVIRONMENT', 'PEOPLE')),
    title          text   not null check (length(trim(title)) > 0),
    statement      text   not null check (length(trim(statement)) > 0),
    about          text   check (about ~ '^/api/v1/[a-z-]+/[A-Za-z0-9-]+$'),
    occurred_on    date,
    date_precision text   check (date_precision in ('DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    date_note      text,
    note           text,
    version        bigint not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check ((occurred_on is null) = (date_precision is null)),
    check (date_note is null or occurred_on is not null)
);

create index claim_occurred_on_idx on claim (occurred_on desc nulls last, id);
create index claim_about_idx on claim (about);

create table claim_country (
    claim_id     bigint  not null references claim (id) on delete cascade,
    country_code char(2) not null references country (code),
    primary key (claim_id, country_code)
);

create index claim_country_country_idx on claim_country (country_code);

create table claim_source (
    claim_id  bigint not null references claim (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (claim_id, source_id)
);

create index claim_source_source_idx on claim_source (source_id);

-- An editorial note cites no document: a citation of one, or turning a cited claim editorial, is refused.
create function claim_editorial_cites_nothing() returns trigger
    language plpgsql as
$$
begin
    if tg_table_name = 'claim_source' then
        if exists (select 1 from claim c where c.id = new.claim_id and c.kind = 'EDITORIAL') then
            raise exception 'an editorial claim cites no source' using errcode = 'check_violation',
                constraint = 'claim_editorial_cites_nothing';
        end if;
    elsif new.kind = 'EDITORIAL' and exists (select 1 from claim_source cs where cs.claim_id = new.id) then
        raise exception 'an editorial claim cites no source' using errcode = 'check_violation',
            constraint = 'claim_editorial_cites_nothing';
    end if;
    return new;
end;
$$;

create trigger claim_source_not_editorial before insert or update on claim_source
    for each row execute function claim_editorial_cites_nothing();
create trigger claim_editorial_without_sources before update of kind on claim
    for each row execute function claim_editorial_cites_nothing();

alter table claim add column search_vector tsvector
    generated always as (search_text(title || ' ' || statement || ' ' || coalesce(note, ''))) stored;
create index claim_search_idx on claim using gin (search_vector);

create trigger claim_bumps_data_version after insert or update or delete or truncate on claim
    for each statement execute function bump_data_version();
create trigger claim_country_bumps_data_version after insert or update or delete or truncate on claim_country
    for each statement execute function bump_data_version();
create trigger claim_source_bumps_data_version after insert or update or delete or truncate on claim_source
    for each statement execute function bump_data_version();

create trigger claim_audited after insert or update or delete on claim
    for each row execute function audit_row_change();

-- GET /sources/{id} lists the claims citing a source with every other fact.
create or replace view fact_citation as
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
         join country b on b.code = dr.partner_code
union all
select cs.source_id, 'CLAIM', c.slug, c.title, '/api/v1/claims/' || c.slug, null, null
from claim_source cs
         join claim c on c.id = cs.claim_id;
