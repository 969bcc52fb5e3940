-- Trade and investment figures, stored as each source stated them, and commodity groups.
-- Flows are from country_code's side: EXPORTS = country to partner, FDI_INFLOW = into country from partner.
-- A figure is one reporter's value for one flow and period; several sources may cite the same figure,
-- each with what it stated alongside (e.g. "+48.4%").

create table trade_figure (
    id                 bigint generated always as identity primary key,
    reporter_country   char(2) not null references country (code),
    reporter_stated    boolean not null default true,
    reporter_agency_id bigint references organization (id),
    country_code       char(2) not null references country (code),
    partner_code       char(2) not null references country (code),
    indicator          text    not null check (indicator in ('EXPORTS', 'IMPORTS', 'TURNOVER', 'FDI_INFLOW', 'FDI_CUMULATIVE',
                                                            'COMPANIES_COUNT', 'STUDENTS_COUNT', 'TRADE_PARTNER_RANK',
                                                            'CRUDE_OIL_SUPPLIER_RANK')),
    period_kind        text    not null check (period_kind in ('YEAR', 'PARTIAL_YEAR', 'QUARTER', 'HALF_YEAR', 'CUMULATIVE', 'POINT_IN_TIME')),
    period_start       date    not null,
    period_end         date    not null,
    value              numeric not null,
    value_qualifier    text    not null default 'EXACT' check (value_qualifier in ('EXACT', 'APPROXIMATE', 'ALMOST', 'MORE_THAN', 'AT_MOST')),
    currency           char(3) check (currency ~ '^[A-Z]{3}$'),
    scale              text    not null default 'UNIT' check (scale in ('UNIT', 'THOUSAND', 'MILLION', 'BILLION')),
    unit               text    not null,
    note               text,
    version            bigint  not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    check (country_code <> partner_code),
    check (period_end >= period_start),
    check (period_kind <> 'YEAR' or (period_start = date_trunc('year', period_start)::date
                                     and period_end = (date_trunc('year', period_start) + interval '1 year - 1 day')::date)),
    check (period_kind in ('CUMULATIVE', 'POINT_IN_TIME') or extract(year from period_start) = extract(year from period_end)),
    check (period_kind <> 'POINT_IN_TIME' or period_start = period_end),
    check ((currency is null) = (indicator in ('COMPANIES_COUNT', 'STUDENTS_COUNT', 'TRADE_PARTNER_RANK', 'CRUDE_OIL_SUPPLIER_RANK'))),
    unique (reporter_country, country_code, partner_code, indicator, period_start, period_end, currency, value)
);

create index trade_figure_series_idx on trade_figure (country_code, partner_code, indicator, period_start);
create index trade_figure_mirror_idx on trade_figure (partner_code, country_code, indicator, period_start);

create table trade_figure_source (
    trade_figure_id   bigint not null references trade_figure (id) on delete cascade,
    source_id         bigint not null references source (id),
    stated_text       text,
    stated_change_pct numeric,
    primary key (trade_figure_id, source_id)
);

-- Goods traded in one direction (exporter to importer), as a source names them.
create table commodity_group (
    id            bigint generated always as identity primary key,
    exporter_code char(2) not null references country (code),
    importer_code char(2) not null references country (code),
    name          text    not null,
    category      text    not null default 'MAIN' check (category in ('MAIN', 'FASTEST_GROWING', 'STRATEGIC')),
    as_of_year    int,
    note          text,
    version       bigint  not null default 0,
    check (exporter_code <> importer_code),
    unique (exporter_code, importer_code, name, category)
);

create table commodity_group_source (
    commodity_group_id bigint not null references commodity_group (id) on delete cascade,
    source_id          bigint not null references source (id),
    primary key (commodity_group_id, source_id)
);
