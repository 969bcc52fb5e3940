-- Corrections after a sentence-by-sentence reading of the five documents against the seeds (issue 14): each row
-- now says only what its cited source says. What no document says is dropped, or kept as an editorial claim
-- (V2026_11_30_11) that cites no document; partial dates carry their precision; inferred years say so.
-- docs/data-corrections.md lists every change with the source's words paraphrased.

select set_config('app.actor', 'seed-correction', true);

-- Each corrected row moves its version, so a curator's If-Match from before the correction is refused (412) instead
-- of overwriting it; the triggers last only for this migration.
create function seed_correction_bumps_version() returns trigger
    language plpgsql as
$$
begin
    new.version := old.version + 1;
    return new;
end;
$$;

do
$$
declare
    t text;
begin
    foreach t in array array ['source', 'country', 'organization', 'organization_engagement', 'person', 'post_held',
                              'meeting', 'agreement', 'project', 'project_milestone', 'project_target', 'trade_figure',
                              'commodity_group']
    loop
        execute format('create trigger %I before update on %I for each row execute function seed_correction_bumps_version()',
                       t || '_correction_bumps_version', t);
    end loop;
end;
$$;

create or replace function pg_temp.src(text) returns bigint language sql stable as 'select id from source where slug = $1';
create or replace function pg_temp.org(text) returns bigint language sql stable as 'select id from organization where slug = $1';
create or replace function pg_temp.person(text) returns bigint language sql stable as 'select id from person where slug = $1';
create or replace function pg_temp.meeting(text) returns bigint language sql stable as 'select id from meeting where slug = $1';
create or replace function pg_temp.agreement(text) returns bigint language sql stable as 'select id from agreement where slug = $1';
create or replace function pg_temp.project(text) returns bigint language sql stable as 'select id from project where slug = $1';

-- Sources: summaries that said more than the documents.
update source set summary =
    'Report of the Kazakh ambassador''s visit to the Pilsen Region on Thursday 4 April (2024, from the report''s date): '
    || 'reception by the regional governor, visits to the University of West Bohemia and Škoda Transportation, meetings '
    || 'with the regional chamber of commerce and a visit to the Pilsner Urquell brewery, with Czech-side figures on 2022 '
    || 'trade and Czech companies in Kazakhstan.'
where slug = 'pilsen-region-ambassador-visit-2024';
update source set summary =
    'News report of the talks in Astana on 21 October (2024, from its context) between foreign ministers Murat Nurtleu '
    || 'and Jan Lipavský, one paragraph of it attributed to the Kazakh foreign ministry''s press service; the memorandum '
    || 'between the two foreign ministries signed there, and figures for 2023 and 2024 trade and Czech direct investment '
    || 'whose statistics it does not name. The page prints no publication date; October 2024 follows from the meeting '
    || 'it reports.'
where slug = 'astana-times-foreign-ministers-2024';

-- Organizations: countries and descriptions no document gives; institutions no document names.
update organization set country_code = null where slug in ('maersk', 'msc', 'cosco-shipping');
update organization o set description = d.description
from (values
    ('ministry-of-industry-and-trade-of-czech-republic',
     'Czech ministry whose data the 2025 interview cites for Kazakhstan''s rank among oil importers to the Czech Republic.'),
    ('embassy-of-kazakhstan-in-czech-republic', 'Kazakhstan''s embassy in the Czech Republic.'),
    ('mission-of-kazakhstan-to-the-eu', 'Kazakhstan''s diplomatic mission to the European Union.'),
    ('pilsen-region', 'Czech region; the first Czech region the Kazakh ambassador visited after taking up his post.'),
    ('altyn-dala-state-natural-reserve',
     'Steppe reserve in Kazakhstan that received the first Przewalski''s horses in June 2024. The sources name it '
     || 'differently: a national reserve in the 2025 interview, a state natural reserve in the October 2024 report '
     || '(both kept as claims about it).'),
    ('university-of-west-bohemia', null),
    ('skoda-transportation',
     'Maker of low-floor trams, electric locomotives, suburban and rapid-transit trains, electric buses and trolleybuses; '
     || 'described as the largest transport engineering group in Central and Eastern Europe, with sales offices in '
     || 'Germany, Hungary and other countries.'),
    ('pilsner-urquell-brewery',
     'Brewery described as one of the European leaders in saving water and energy, and as a supporter of ecological innovation.'),
    ('skoda-auto', 'Named among the leading Czech companies active in Kazakhstan.'),
    ('omnipol', 'Named among the leading Czech companies active in Kazakhstan, and among those the Kazakh side wants to work with.'),
    ('home-credit-bank', 'Named among the leading Czech companies active in Kazakhstan.'),
    ('ferrit', 'Czech company the Kazakh side named among those it wants to work with.'),
    ('zetor', 'Czech company the Kazakh side named among those it wants to work with.'),
    ('sklostroj', 'Czech company the Kazakh side named among those it wants to work with.'),
    ('tatra', 'Czech company the Kazakh side named among those it wants to work with.'),
    ('primoco-uav', 'Czech company the Kazakh side named among those it wants to work with.'),
    ('kazakhstan-railways', 'Co-organizer of the June 2022 roundtable in Brussels on transit and transport between Kazakhstan and the EU.'),
    ('titr-association',
     'Association under which the Middle Corridor functions, linking the container rail networks of China and the EU '
     || 'through Kazakhstan, the Caucasus, Turkey and Eastern Europe, and Caspian and Black Sea ferry terminals with rail.'),
    ('port-of-aktau', 'Kazakh sea port on the Middle Corridor; a container hub was reported as being created there in 2022.'),
    ('port-of-kuryk', 'Kazakh sea port on the Middle Corridor.'),
    ('psa-international', 'Singapore company, named with Maersk, MSC and Cosco Shipping as large transnational potential partners of the Aktau container hub.'),
    ('maersk', 'Large transnational company named as a potential partner of the Aktau container hub.'),
    ('msc', 'Large transnational company named as a potential partner of the Aktau container hub.'),
    ('cosco-shipping', 'Large transnational company named as a potential partner of the Aktau container hub.')
) as d (slug, description)
where o.slug = d.slug;

-- The interview names two presidents, not their institutions; GLOBSEC is the forum's name, not an organizer the
-- report names.
update post_held set organization_id = null
where organization_id in (pg_temp.org('european-council'), pg_temp.org('european-commission'));
delete from meeting_organization
where organization_id in (pg_temp.org('european-council'), pg_temp.org('european-commission'), pg_temp.org('globsec'));
delete from organization where slug in ('european-council', 'european-commission', 'globsec');

-- Citations: the Astana Times names the route, not the association; the 2025 interview names the ambassador, not
-- the embassy; it does name the Czech foreign minister, so it is a source of his ministry.
delete from organization_source
where (organization_id, source_id) in ((pg_temp.org('titr-association'), pg_temp.src('astana-times-foreign-ministers-2024')),
                                       (pg_temp.org('embassy-of-kazakhstan-in-czech-republic'), pg_temp.src('dyussenbayev-interview-2025')));
insert into organization_source (organization_id, source_id)
values (pg_temp.org('ministry-of-foreign-affairs-of-czech-republic'), pg_temp.src('dyussenbayev-interview-2025'));

-- Engagements: the shipping companies are potential partners of the Aktau hub (project_partner says so), not
-- partners of a project in Kazakhstan.
delete from organization_engagement
where kind = 'PARTNER_OF_PROJECT'
  and organization_id in (pg_temp.org('psa-international'), pg_temp.org('maersk'), pg_temp.org('msc'), pg_temp.org('cosco-shipping'));
update organization_engagement set description =
    'Flies Astana-Prague direct: resumed in 2024, from two to four times a week starting at the end of May (2025, '
    || 'inferred: the July 2025 interview reports it after a successful first year).'
where organization_id = pg_temp.org('scat-airlines') and kind = 'OPERATES_IN';

-- People and posts.
update person set biography =
    'Called President in the June 2022 interview, which says President Tokayev met him in Brussels in November of the '
    || 'previous year (2021). The interview does not say what he presided.'
where slug = 'charles-michel';
update person set biography =
    'Called President in the June 2022 interview, which says President Tokayev met her in Brussels in November of the '
    || 'previous year (2021). The interview does not say what she presided.'
where slug = 'ursula-von-der-leyen';
update person set biography =
    'Czech First Deputy Minister of Foreign Affairs. The Kazinform report prints the first name as "Jíři"; the record '
    || 'uses the Czech spelling (an editorial correction, see the claims about him).'
where slug = 'jiri-kozak';

update post_held ph set role = 'President', role_kind = 'OTHER', attested_precision = 'MONTH',
    note = 'The interview calls her or him President without naming the institution; that the post represents the EU '
           || 'is inferred from the visit to Brussels the interview describes.'
where ph.person_id in (pg_temp.person('charles-michel'), pg_temp.person('ursula-von-der-leyen'));

update post_held ph set attested_precision = p.precision
from (values
    ('petr-fiala', 'YEAR'), ('marek-vyborny', 'YEAR'), ('marat-karabaev', 'YEAR'),
    ('kassym-jomart-tokayev', 'MONTH'), ('margulan-baimukhan', 'MONTH')
) as p (person, precision)
where ph.person_id = pg_temp.person(p.person) and ph.attested_on is not null;

update post_date_claim c set qualifier = 'appointed at the end of the previous year, per a report of May 2024 (so 2023)'
where c.source_id = pg_temp.src('pilsen-region-ambassador-visit-2024');

-- Meetings: kinds, places and dates the documents give, and which years are inferred.
update meeting set kind = 'VISIT',
    summary = 'Visit of the Czech head of government to Astana, during which, per the 2025 interview, a memorandum on '
              || 'returning Przewalski''s horses to the Kazakh steppe was signed. The interview names it in one sentence '
              || 'with the agriculture minister''s visit of the same year; whether they travelled together is not said.'
where slug = 'fiala-visit-kazakhstan-2023';
update meeting set kind = 'VISIT',
    summary = 'Visit of the Czech agriculture minister to Kazakhstan, one of the high-level contacts of 2023. The '
              || 'interview names it in one sentence with the Prime Minister''s visit; it may have been the same visit.'
where slug = 'vyborny-visit-kazakhstan-2023';
update meeting set kind = 'VISIT',
    date_note = 'The interview of June 2022 dates it to November of the previous year: 2021.',
    summary = 'Visit to Brussels, meeting President Charles Michel and President Ursula von der Leyen: green transition '
              || 'under the European Green Deal, trade and investment, connectivity in energy, raw materials and transport, '
              || 'post-pandemic recovery, and regional security after the events in Afghanistan.'
where slug = 'tokayev-visit-brussels-2021';
update meeting set city = null,
    date_note = 'The report (9 May 2024) gives Thursday 4 April without a year; 2024 follows from its date, and '
                || '4 April 2024 was a Thursday.'
where slug = 'spotak-receives-dyussenbayev-pilsen-2024';
update meeting set city = null,
    date_note = 'In the afternoon of the reception day, per the report (the year inferred as for the reception).'
where slug in ('dyussenbayev-visits-university-of-west-bohemia-2024', 'dyussenbayev-visits-skoda-transportation-2024');
update meeting set summary = 'Visit to the university during the ambassador''s visit to the Pilsen Region.'
where slug = 'dyussenbayev-visits-university-of-west-bohemia-2024';
update meeting set city = null,
    date_note = 'The report lists it after the afternoon visits without giving its time; it is dated with the 4 April '
                || 'visit the report covers (the year inferred from the report''s date).'
where slug in ('dyussenbayev-meets-pilsen-chamber-of-commerce-2024', 'dyussenbayev-visits-pilsner-urquell-2024');
update meeting set start_date = date '2024-07-01', date_precision = 'QUARTER',
    date_note = 'The report, dated 2 September 2024, does not date the talks: they came after the June 2024 horse '
                || 'delivery and the January-July 2024 trade figures it cites, and on or before its date, so within the '
                || 'third quarter of 2024.'
where slug = 'vassilenko-kozak-talks-prague-2024';
update meeting set start_date = date '2024-07-01', date_precision = 'QUARTER',
    date_note = 'The report, dated 2 September 2024, says only that he took part during the same stay in Prague: within '
                || 'the third quarter of 2024, on or before the report''s date.',
    summary = 'International forum, for some twenty years a platform for strategic issues globally and in Central and '
              || 'Eastern Europe, attended by the Kazakh deputy foreign minister, who held bilateral meetings there with '
              || 'counterparts from the United Kingdom, Norway, Slovenia and other countries.'
where slug = 'globsec-forum-prague-2024';
update meeting set date_note = 'The interview of June 2022 gives 30-31 May without a year; 2022 is inferred (it '
                               || 'welcomes the meeting''s outcome as recent).'
where slug = 'central-asia-eu-special-envoys-almaty-2022';

-- Agreements: statuses the documents support, and parties they name.
update agreement set status = 'UNKNOWN',
    summary = 'Both the 2022 and the 2024 sources speak of EU-Kazakhstan cooperation within its framework; neither gives '
              || 'its status, its signing or its entry into force.'
where slug = 'eu-kz-enhanced-partnership-cooperation-agreement';
update agreement set status = 'AGREED', title = 'Agreement to establish a joint venture for the Middle Corridor',
    summary = 'Kazakhstan reported in 2022 that it had reached agreement with Azerbaijan, Georgia and Türkiye on setting '
              || 'up a joint venture on the route; no signature and no date are given.'
where slug = 'middle-corridor-joint-venture-agreement';
delete from agreement_party
where agreement_id = pg_temp.agreement('central-asia-leaders-joint-statement-2021') and country_code in ('KG', 'TJ', 'UZ');
update agreement set summary =
    'Adopted at the leaders'' meeting in Turkmenistan: more mutual trade and trade facilitation, business and regional '
    || 'links, transport and transit, and support for peace in Afghanistan. The interview does not list the leaders '
    || 'taking part: Kazakhstan, which started the format, and Turkmenistan, the host, are the parties kept.'
where slug = 'central-asia-leaders-joint-statement-2021';
update agreement set summary =
    'Memorandum on the project signed in 2023 during the Czech Prime Minister''s visit to Astana, per the 2025 interview. '
    || 'A report of October 2024 has the foreign ministers discussing the launch of the project; both versions are kept '
    || 'as claims about the project.'
where slug = 'przewalski-horse-memorandum-2023';
update agreement set summary =
    'Signed after the foreign ministers'' talks in Astana on 21 October (the report prints no year; 2024 follows from '
    || 'its context).'
where slug = 'kz-cz-foreign-ministries-mou-2024';

-- Projects, milestones and targets.
update project set summary =
    'Czech-Kazakh project, coordinated by Prague Zoo with Kazakh and Czech authorities, several European zoos and '
    || 'nature parks, to return Przewalski''s horses to their natural habitat: forty horses over five years, the first '
    || 'seven delivered to the Altyn Dala reserve in June 2024. The 2025 interview dates a memorandum on it to 2023; a '
    || 'report of October 2024 has the foreign ministers discussing its launch. Both are kept as claims.'
where slug = 'przewalski-horse-reintroduction';
update project set summary =
    'Multimodal route linking the container rail networks of China and the EU through Kazakhstan, the Caucasus, Turkey '
    || 'and Eastern Europe, with Caspian and Black Sea ferry terminals, to which Kazakhstan redirected export freight '
    || 'from March 2022; a container hub was reported as being created at Aktau in 2022. Kazakhstan presents it as '
    || 'matching the EU''s Global Gateway strategy.'
where slug = 'middle-corridor-titr';
delete from project_partner
where project_id = pg_temp.project('middle-corridor-titr') and organization_id = pg_temp.org('kazakhstan-railways');

update project_milestone set occurred_on = date '2022-06-01', date_precision = 'MONTH', status = 'IN_PROGRESS',
    title = 'Container hub at the Port of Aktau being created',
    description = 'Reported in June 2022 as being created, with large transnational companies among its potential '
                  || 'partners; no completion date is given.'
where project_id = pg_temp.project('middle-corridor-titr') and title = 'Container hub at the Port of Aktau';
update project_milestone set description =
    'Signed during the Czech Prime Minister''s visit, per the 2025 interview. A report of October 2024 has the '
    || 'ministers discussing the launch of the project (both kept as claims about the project).'
where project_id = pg_temp.project('przewalski-horse-reintroduction') and title = 'Memorandum signed in Astana';
update project_milestone set description =
    'The first group of seven horses was moved to Kazakhstan and settled in the reserve. Each source gives only the '
    || 'month; the year 2024 follows from each report''s date.'
where project_id = pg_temp.project('przewalski-horse-reintroduction') and title like 'First seven horses%';
update project_milestone set description =
    'From two to four weekly flights, starting at the end of May. The July 2025 interview says so after the first year '
    || 'of the resumed service; the year 2025 is inferred.'
where project_id = pg_temp.project('astana-prague-direct-flights') and title like 'Frequency raised%';

update project_target set achieved_as_of = date '2024-06-01', achieved_precision = 'MONTH',
    note = 'Seven delivered in June 2024: the sources give the month only.'
where project_id = pg_temp.project('przewalski-horse-reintroduction');
update project_target set achieved_as_of = date '2025-05-01', achieved_precision = 'MONTH',
    note = 'Four a week from the end of May; the year 2025 is inferred from the July 2025 interview.'
where project_id = pg_temp.project('astana-prague-direct-flights');
update project_target set description = 'Freight through the ports of Aktau and Kuryk', unit = 'million tons',
    note = 'The interview gives no period for the volume.'
where project_id = pg_temp.project('middle-corridor-titr') and description like 'Annual freight%';
update project_target set unit = 'million tons'
where project_id = pg_temp.project('middle-corridor-titr') and description like 'Redirected%';

-- Trade figures: whose statistics, which years are inferred, and what the analysis flags.
update trade_figure set reporter_stated = false,
    note = coalesce(note || ' ', '') || 'The report names the State Revenue Committee for trade only, not for investment.'
where country_code = 'KZ' and partner_code = 'CZ' and indicator in ('FDI_INFLOW', 'FDI_CUMULATIVE') and reporter_stated;
update trade_figure set note =
    'January to August 2024: the report prints no year (2024 follows from its October 2024 context) and does not say '
    || 'whose statistics these are.'
where country_code = 'KZ' and partner_code = 'CZ' and indicator = 'TURNOVER' and period_end = date '2024-08-31';
update trade_figure set note = 'First half of 2024: the report says this year, in October 2024.'
where country_code = 'KZ' and partner_code = 'CZ' and indicator = 'FDI_INFLOW' and period_kind = 'HALF_YEAR';
update trade_figure set note =
    'Among the top nine, as of the October 2024 report; dated here by the meeting it reports (21 October), as the page '
    || 'prints no publication day.'
where indicator = 'TRADE_PARTNER_RANK' and period_start = date '2024-10-21';
update trade_figure set unit = 'rank among oil importers to the Czech Republic',
    note = 'Fourth, one of the five largest, per Czech trade ministry data. The source says oil; the indicator''s name '
           || '(crude oil) says more than the source.'
where indicator = 'CRUDE_OIL_SUPPLIER_RANK';
update trade_figure set note = coalesce(note || ' ', '')
    || 'Set against the 2024 figures of the 2025 interview (exports 467, imports 152), exports and imports look swapped '
    || 'between the two years; the trade analysis flags the jumps. Both years are kept as stated.'
where country_code = 'KZ' and partner_code = 'CZ' and indicator in ('EXPORTS', 'IMPORTS') and period_kind = 'YEAR';
update trade_figure set note = coalesce(note || ' ', '')
    || 'Exports (23.6) and imports (5.65) stated in the same interview add up to 29.25, not the 28.9 stated as turnover; '
    || 'the trade analysis flags the difference. All three are kept as stated.'
where country_code = 'KZ' and partner_code = 'EU' and indicator in ('EXPORTS', 'IMPORTS', 'TURNOVER')
  and period_start = date '2021-01-01';
update trade_figure set note = coalesce(note || ' ', '')
    || 'The interview states a rise of 24.3% on 2020, but 10.1 against 8.2 is a rise of 23.2% (the rounding of the two '
    || 'values could explain it); the trade analysis notes the difference. Both values and the rate are kept as stated.'
where country_code = 'KZ' and partner_code = 'EU' and indicator = 'FDI_INFLOW' and period_kind = 'YEAR';

-- Commodity groups: the words of the sources, and no year the source does not give.
update commodity_group set name = 'Reactors and boilers' where name = 'Nuclear reactors and boilers';
update commodity_group set name = 'Goods', note = 'The interview lists goods among the main exports without saying which.'
where name = 'Manufactured goods';
update commodity_group set name = 'Oil',
    note = 'Kazakhstan is one of the leading oil suppliers to the Czech Republic (fourth in 2024, per Czech trade ministry data).'
where name = 'Crude oil';
update commodity_group set as_of_year = null, note = 'The report names the biggest growth of Czech exports without a period.'
where category = 'FASTEST_GROWING';

-- Countries: a capital only where a document names it (Astana); countries no document names go.
update country set capital = null where code <> 'KZ';
update organization set country_code = null where country_code in ('CH', 'DK', 'KG', 'TJ', 'UZ');
delete from country where code in ('CH', 'DK', 'KG', 'TJ', 'UZ');

do
$$
declare
    t text;
begin
    foreach t in array array ['source', 'country', 'organization', 'organization_engagement', 'person', 'post_held',
                              'meeting', 'agreement', 'project', 'project_milestone', 'project_target', 'trade_figure',
                              'commodity_group']
    loop
        execute format('drop trigger %I on %I', t || '_correction_bumps_version', t);
    end loop;
end;
$$;

drop function seed_correction_bumps_version();
