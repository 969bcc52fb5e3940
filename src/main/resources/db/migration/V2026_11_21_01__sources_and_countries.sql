-- Reference data every fact hangs on: the documents facts come from, and the countries (and the EU bloc).

create table source (
    id                  bigint generated always as identity primary key,
    slug                text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title               text        not null check (length(trim(title)) > 0),
    publisher           text,
    author              text,
    published_on        date,
    published_precision text check (published_precision in ('DAY', 'MONTH', 'YEAR')),
    language            text        not null default 'en' check (language ~ '^[a-z]{2}$'),
    kind                text        not null check (kind in ('INTERVIEW', 'NEWS', 'PRESS_RELEASE', 'REPORT', 'STATISTICS', 'OTHER')),
    document_ref        text,
    url                 text,
    summary             text,
    version             bigint      not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check ((published_on is null) = (published_precision is null))
);

comment on column source.document_ref is 'File name of the stored copy of the document, when there is one';

create table country (
    code         char(2) primary key check (code ~ '^[A-Z]{2}$'),
    alpha3       char(3) unique check (alpha3 ~ '^[A-Z]{3}$'),
    numeric_code char(3) unique check (numeric_code ~ '^[0-9]{3}$'),
    kind         text    not null check (kind in ('COUNTRY', 'BLOC')),
    name         text    not null,
    capital      text,
    version      bigint  not null default 0,
    check (kind = 'BLOC' or (alpha3 is not null and numeric_code is not null))
);

comment on table country is 'ISO 3166-1 countries, plus the EU (exceptionally reserved alpha-2 code) as a bloc';

-- When two parties established diplomatic relations (a pair stored once, in alphabetical order).
create table diplomatic_relation (
    id                   bigint generated always as identity primary key,
    country_code         char(2) not null references country (code),
    partner_code         char(2) not null references country (code),
    established_on       date    not null,
    established_precision text   not null check (established_precision in ('DAY', 'MONTH', 'YEAR')),
    note                 text,
    version              bigint  not null default 0,
    unique (country_code, partner_code),
    check (country_code < partner_code)
);

create table diplomatic_relation_source (
    diplomatic_relation_id bigint not null references diplomatic_relation (id) on delete cascade,
    source_id              bigint not null references source (id),
    primary key (diplomatic_relation_id, source_id)
);
