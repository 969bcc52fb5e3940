-- Trade and investment figures exactly as each source states them, with whose statistics they are.
-- Flows are from country_code's side (EXPORTS = country to partner; FDI_INFLOW = into country from partner).
-- reporter_stated = false where the source does not name the statistics and the reporter is the side speaking.
-- One row per distinct figure; several sources citing the same figure share it, each with what it said alongside.

create or replace function pg_temp.src(text) returns bigint language sql stable as 'select id from source where slug = $1';
create or replace function pg_temp.org(text) returns bigint language sql stable as 'select id from organization where slug = $1';

create temporary table seed_figure (key text primary key, figure_id bigint not null) on commit drop;

with figures (key, reporter, stated, agency, country, partner, indicator, period_kind, period_start, period_end,
              value, qualifier, currency, scale, unit, note) as (
    values
    -- Kazakh statistics, Kazakhstan-Czech Republic
    ('kz-cz-turnover-2023', 'KZ', true, 'state-revenue-committee-of-kazakhstan', 'KZ', 'CZ', 'TURNOVER', 'YEAR', date '2023-01-01', date '2023-12-31',
     626.8, 'EXACT', 'USD', 'MILLION', 'USD', null),
    ('kz-cz-exports-2023', 'KZ', true, 'state-revenue-committee-of-kazakhstan', 'KZ', 'CZ', 'EXPORTS', 'YEAR', date '2023-01-01', date '2023-12-31',
     147.7, 'EXACT', 'USD', 'MILLION', 'USD', null),
    ('kz-cz-imports-2023', 'KZ', true, 'state-revenue-committee-of-kazakhstan', 'KZ', 'CZ', 'IMPORTS', 'YEAR', date '2023-01-01', date '2023-12-31',
     479.1, 'EXACT', 'USD', 'MILLION', 'USD', null),
    ('kz-cz-turnover-2024-jan-jul', 'KZ', true, 'state-revenue-committee-of-kazakhstan', 'KZ', 'CZ', 'TURNOVER', 'PARTIAL_YEAR', date '2024-01-01', date '2024-07-31',
     275.3, 'EXACT', 'USD', 'MILLION', 'USD', 'January to July 2024.'),
    ('kz-cz-turnover-2024-jan-aug', 'KZ', false, null, 'KZ', 'CZ', 'TURNOVER', 'PARTIAL_YEAR', date '2024-01-01', date '2024-08-31',
     357.9, 'EXACT', 'USD', 'MILLION', 'USD', 'January to August 2024, as given by the Kazakh foreign ministry.'),
    ('kz-cz-turnover-2024', 'KZ', true, null, 'KZ', 'CZ', 'TURNOVER', 'YEAR', date '2024-01-01', date '2024-12-31',
     619, 'EXACT', 'USD', 'MILLION', 'USD', 'January to December 2024; the ambassador notes that Czech statistics give different figures.'),
    ('kz-cz-exports-2024', 'KZ', true, null, 'KZ', 'CZ', 'EXPORTS', 'YEAR', date '2024-01-01', date '2024-12-31',
     467, 'EXACT', 'USD', 'MILLION', 'USD', null),
    ('kz-cz-imports-2024', 'KZ', true, null, 'KZ', 'CZ', 'IMPORTS', 'YEAR', date '2024-01-01', date '2024-12-31',
     152, 'EXACT', 'USD', 'MILLION', 'USD', null),
    -- Czech Republic-Kazakhstan as given by the Pilsen Region (the statistics are not named)
    ('cz-kz-turnover-2022-usd', 'CZ', false, null, 'CZ', 'KZ', 'TURNOVER', 'YEAR', date '2022-01-01', date '2022-12-31',
     1.3, 'ALMOST', 'USD', 'BILLION', 'USD', 'Czech regional government''s figure; whose statistics is not said.'),
    ('cz-kz-turnover-2022-czk', 'CZ', false, null, 'CZ', 'KZ', 'TURNOVER', 'YEAR', date '2022-01-01', date '2022-12-31',
     28, 'APPROXIMATE', 'CZK', 'BILLION', 'CZK', 'The same 2022 figure in Czech crowns.'),
    -- Czech direct investment in Kazakhstan, Kazakh statistics
    ('kz-cz-fdi-2021', 'KZ', true, null, 'KZ', 'CZ', 'FDI_INFLOW', 'YEAR', date '2021-01-01', date '2021-12-31',
     22.3, 'EXACT', 'USD', 'MILLION', 'USD', 'Gross inflow of direct investment from the Czech Republic.'),
    ('kz-cz-fdi-2022', 'KZ', true, null, 'KZ', 'CZ', 'FDI_INFLOW', 'YEAR', date '2022-01-01', date '2022-12-31',
     21.6, 'EXACT', 'USD', 'MILLION', 'USD', 'Gross inflow of direct investment from the Czech Republic.'),
    ('kz-cz-fdi-2023', 'KZ', true, null, 'KZ', 'CZ', 'FDI_INFLOW', 'YEAR', date '2023-01-01', date '2023-12-31',
     48, 'EXACT', 'USD', 'MILLION', 'USD', 'Gross inflow of direct investment from the Czech Republic.'),
    ('kz-cz-fdi-2024-q1', 'KZ', true, null, 'KZ', 'CZ', 'FDI_INFLOW', 'QUARTER', date '2024-01-01', date '2024-03-31',
     13.8, 'EXACT', 'USD', 'MILLION', 'USD', 'First quarter of 2024.'),
    ('kz-cz-fdi-2024-h1', 'KZ', false, null, 'KZ', 'CZ', 'FDI_INFLOW', 'HALF_YEAR', date '2024-01-01', date '2024-06-30',
     24.9, 'EXACT', 'USD', 'MILLION', 'USD', 'First half of 2024.'),
    ('kz-cz-fdi-cumulative-2005-2023', 'KZ', true, null, 'KZ', 'CZ', 'FDI_CUMULATIVE', 'CUMULATIVE', date '2005-01-01', date '2023-12-31',
     329.6, 'EXACT', 'USD', 'MILLION', 'USD', 'Gross inflow from 2005 to 31 December 2023.'),
    ('kz-cz-fdi-cumulative-2005-2024h1', 'KZ', false, null, 'KZ', 'CZ', 'FDI_CUMULATIVE', 'CUMULATIVE', date '2005-01-01', date '2024-06-30',
     354.5, 'EXACT', 'USD', 'MILLION', 'USD',
     'Total since 2005; the source gives no end date. Mid-2024 is inferred: it equals the 2005-2023 total (329.6) plus the first half of 2024 (24.9).'),
    ('kz-cz-fdi-cumulative-2003-2025', 'KZ', false, null, 'KZ', 'CZ', 'FDI_CUMULATIVE', 'CUMULATIVE', date '2003-01-01', date '2025-07-21',
     350, 'MORE_THAN', 'USD', 'MILLION', 'USD', 'Czech investment since 2003, as of the July 2025 interview.'),
    -- Counts and ranks
    ('kz-cz-companies-2025', 'KZ', false, null, 'KZ', 'CZ', 'COMPANIES_COUNT', 'POINT_IN_TIME', date '2025-07-21', date '2025-07-21',
     150, 'APPROXIMATE', null, 'UNIT', 'companies', 'Czech-backed companies operating in Kazakhstan.'),
    ('kz-cz-companies-2024-09', 'KZ', false, null, 'KZ', 'CZ', 'COMPANIES_COUNT', 'POINT_IN_TIME', date '2024-09-02', date '2024-09-02',
     150, 'APPROXIMATE', null, 'UNIT', 'companies', 'Legal entities with Czech capital operating in Kazakhstan.'),
    ('kz-cz-companies-2024-05', 'CZ', false, null, 'KZ', 'CZ', 'COMPANIES_COUNT', 'POINT_IN_TIME', date '2024-05-09', date '2024-05-09',
     30, 'APPROXIMATE', null, 'UNIT', 'companies', 'Czech companies operating in Kazakhstan, per the Pilsen Region; far below the Kazakh count of about 150.'),
    ('kz-cz-students-2025', 'KZ', false, null, 'KZ', 'CZ', 'STUDENTS_COUNT', 'POINT_IN_TIME', date '2025-07-21', date '2025-07-21',
     3000, 'MORE_THAN', null, 'UNIT', 'students', 'Kazakh students at Czech universities.'),
    ('kz-cz-partner-rank-2025', 'KZ', false, null, 'KZ', 'CZ', 'TRADE_PARTNER_RANK', 'POINT_IN_TIME', date '2025-07-21', date '2025-07-21',
     9, 'EXACT', null, 'UNIT', 'rank among Kazakhstan''s EU trading partners', null),
    ('kz-cz-partner-rank-2024', 'KZ', false, null, 'KZ', 'CZ', 'TRADE_PARTNER_RANK', 'POINT_IN_TIME', date '2024-10-21', date '2024-10-21',
     9, 'AT_MOST', null, 'UNIT', 'rank among Kazakhstan''s EU trading partners', 'Among the top nine.'),
    ('cz-kz-oil-rank-2024', 'CZ', true, 'ministry-of-industry-and-trade-of-czech-republic', 'CZ', 'KZ', 'CRUDE_OIL_SUPPLIER_RANK', 'YEAR', date '2024-01-01', date '2024-12-31',
     4, 'EXACT', null, 'UNIT', 'rank among the Czech Republic''s crude oil suppliers', 'One of the five largest suppliers of oil to the Czech Republic.'),
    -- Kazakhstan-EU, as given by Kazakhstan's mission to the EU
    ('kz-eu-turnover-2021', 'KZ', false, null, 'KZ', 'EU', 'TURNOVER', 'YEAR', date '2021-01-01', date '2021-12-31',
     28.9, 'EXACT', 'USD', 'BILLION', 'USD', null),
    ('kz-eu-turnover-2020', 'KZ', false, null, 'KZ', 'EU', 'TURNOVER', 'YEAR', date '2020-01-01', date '2020-12-31',
     23.8, 'EXACT', 'USD', 'BILLION', 'USD', null),
    ('kz-eu-exports-2021', 'KZ', false, null, 'KZ', 'EU', 'EXPORTS', 'YEAR', date '2021-01-01', date '2021-12-31',
     23.6, 'EXACT', 'USD', 'BILLION', 'USD', null),
    ('kz-eu-imports-2021', 'KZ', false, null, 'KZ', 'EU', 'IMPORTS', 'YEAR', date '2021-01-01', date '2021-12-31',
     5.65, 'EXACT', 'USD', 'BILLION', 'USD', null),
    ('kz-eu-fdi-2021', 'KZ', false, null, 'KZ', 'EU', 'FDI_INFLOW', 'YEAR', date '2021-01-01', date '2021-12-31',
     10.1, 'EXACT', 'USD', 'BILLION', 'USD', 'The EU is the largest investor in Kazakhstan.'),
    ('kz-eu-fdi-2020', 'KZ', false, null, 'KZ', 'EU', 'FDI_INFLOW', 'YEAR', date '2020-01-01', date '2020-12-31',
     8.2, 'EXACT', 'USD', 'BILLION', 'USD', null),
    ('kz-eu-fdi-cumulative-30-years', 'KZ', false, null, 'KZ', 'EU', 'FDI_CUMULATIVE', 'CUMULATIVE', date '1993-01-01', date '2021-12-31',
     170, 'EXACT', 'USD', 'BILLION', 'USD',
     'Over "thirty years of cooperation"; the period is approximate (relations date from February 1993, the latest full year in the interview is 2021). Largest shares from the Netherlands, Belgium, France, Cyprus, Luxembourg and Germany.')
),
inserted as (
    insert into trade_figure (reporter_country, reporter_stated, reporter_agency_id, country_code, partner_code, indicator,
                              period_kind, period_start, period_end, value, value_qualifier, currency, scale, unit, note)
    select reporter, stated, pg_temp.org(agency), country, partner, indicator, period_kind, period_start, period_end,
           value, qualifier, currency, scale, unit, note
    from figures
    order by key
    returning id, reporter_country, country_code, partner_code, indicator, period_start, period_end, currency, value
)
insert into seed_figure (key, figure_id)
select f.key, i.id
from figures f
join inserted i on i.reporter_country = f.reporter and i.country_code = f.country and i.partner_code = f.partner
    and i.indicator = f.indicator and i.period_start = f.period_start and i.period_end = f.period_end
    and i.currency is not distinct from f.currency and i.value = f.value;

insert into trade_figure_source (trade_figure_id, source_id, stated_text, stated_change_pct)
select sf.figure_id, pg_temp.src(s), t, c
from (values
    ('kz-cz-turnover-2023', 'astana-times-foreign-ministers-2024', '+48.4%', 48.4),
    ('kz-cz-turnover-2023', 'kazinform-vassilenko-prague-2024', '+48.4%', 48.4),
    ('kz-cz-exports-2023', 'astana-times-foreign-ministers-2024', null, null),
    ('kz-cz-exports-2023', 'kazinform-vassilenko-prague-2024', 'an increase of 19.4%', 19.4),
    ('kz-cz-imports-2023', 'astana-times-foreign-ministers-2024', null, null),
    ('kz-cz-imports-2023', 'kazinform-vassilenko-prague-2024', 'an increase of 60.5%', 60.5),
    ('kz-cz-turnover-2024-jan-jul', 'kazinform-vassilenko-prague-2024', null, null),
    ('kz-cz-turnover-2024-jan-aug', 'astana-times-foreign-ministers-2024', null, null),
    ('kz-cz-turnover-2024', 'dyussenbayev-interview-2025', null, null),
    ('kz-cz-exports-2024', 'dyussenbayev-interview-2025', null, null),
    ('kz-cz-imports-2024', 'dyussenbayev-interview-2025', null, null),
    ('cz-kz-turnover-2022-usd', 'pilsen-region-ambassador-visit-2024', 'almost 1.3 billion dollars', null),
    ('cz-kz-turnover-2022-czk', 'pilsen-region-ambassador-visit-2024', 'about 28 billion crowns', null),
    ('kz-cz-fdi-2021', 'kazinform-vassilenko-prague-2024', null, null),
    ('kz-cz-fdi-2022', 'kazinform-vassilenko-prague-2024', null, null),
    ('kz-cz-fdi-2023', 'kazinform-vassilenko-prague-2024', null, null),
    ('kz-cz-fdi-2024-q1', 'kazinform-vassilenko-prague-2024', null, null),
    ('kz-cz-fdi-2024-h1', 'astana-times-foreign-ministers-2024', null, null),
    ('kz-cz-fdi-cumulative-2005-2023', 'kazinform-vassilenko-prague-2024', null, null),
    ('kz-cz-fdi-cumulative-2005-2024h1', 'astana-times-foreign-ministers-2024', null, null),
    ('kz-cz-fdi-cumulative-2003-2025', 'dyussenbayev-interview-2025', 'more than 350 million dollars', null),
    ('kz-cz-companies-2025', 'dyussenbayev-interview-2025', 'approximately 150', null),
    ('kz-cz-companies-2024-09', 'kazinform-vassilenko-prague-2024', 'about 150', null),
    ('kz-cz-companies-2024-05', 'pilsen-region-ambassador-visit-2024', 'about 30', null),
    ('kz-cz-students-2025', 'dyussenbayev-interview-2025', 'more than three thousand', null),
    ('kz-cz-partner-rank-2025', 'dyussenbayev-interview-2025', 'ninth, among the top ten in the EU', null),
    ('kz-cz-partner-rank-2024', 'astana-times-foreign-ministers-2024', 'among the top nine in the EU', null),
    ('cz-kz-oil-rank-2024', 'dyussenbayev-interview-2025', 'fourth', null),
    ('kz-eu-turnover-2021', 'baimukhan-eu-interview-2022', '+21.4% on 2020', 21.4),
    ('kz-eu-turnover-2020', 'baimukhan-eu-interview-2022', null, null),
    ('kz-eu-exports-2021', 'baimukhan-eu-interview-2022', null, null),
    ('kz-eu-imports-2021', 'baimukhan-eu-interview-2022', null, null),
    ('kz-eu-fdi-2021', 'baimukhan-eu-interview-2022', '+24.3% on 2020', 24.3),
    ('kz-eu-fdi-2020', 'baimukhan-eu-interview-2022', null, null),
    ('kz-eu-fdi-cumulative-30-years', 'baimukhan-eu-interview-2022', 'over the 30 years of cooperation', null)
) as cited (k, s, t, c)
join seed_figure sf on sf.key = cited.k;
