-- Organizations, people and the posts they held (Popolo-style memberships).

create table organization (
    id           bigint generated always as identity primary key,
    slug         text   not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name         text   not null check (length(trim(name)) > 0),
    kind         text   not null check (kind in ('GOVERNMENT', 'MINISTRY', 'AGENCY', 'EMBASSY', 'DIPLOMATIC_MISSION',
                                                 'REGIONAL_GOVERNMENT', 'PARLIAMENT', 'COMPANY', 'ZOO', 'NATURE_RESERVE',
                                                 'AIRLINE', 'UNIVERSITY', 'CHAMBER_OF_COMMERCE', 'INTERNATIONAL_BODY',
                                                 'EU_INSTITUTION', 'INTERGOVERNMENTAL_COMMISSION', 'ASSOCIATION',
                                                 'MEDIA', 'PORT', 'OTHER')),
    country_code char(2) references country (code),
    parent_id    bigint references organization (id),
    description  text,
    version      bigint not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    check (parent_id is null or parent_id <> id)
);

create index organization_country_idx on organization (country_code);

create table organization_source (
    organization_id bigint not null references organization (id) on delete cascade,
    source_id       bigint not null references source (id),
    primary key (organization_id, source_id)
);

-- Where an organization is active in the relationship: a Czech company operating in Kazakhstan, say.
create table organization_engagement (
    id              bigint generated always as identity primary key,
    organization_id bigint  not null references organization (id) on delete cascade,
    country_code    char(2) not null references country (code),
    kind            text    not null check (kind in ('OPERATES_IN', 'TENDERED_IN', 'COOPERATION_INTEREST', 'SUPPLIES', 'PARTNER_OF_PROJECT')),
    description     text    not null,
    version         bigint  not null default 0,
    unique (organization_id, country_code, kind)
);

create table organization_engagement_source (
    organization_engagement_id bigint not null references organization_engagement (id) on delete cascade,
    source_id                  bigint not null references source (id),
    primary key (organization_engagement_id, source_id)
);

create table person (
    id             bigint generated always as identity primary key,
    slug           text   not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    full_name      text   not null check (length(trim(full_name)) > 0),
    honorific      text,
    born_on        date,
    born_precision text check (born_precision in ('DAY', 'MONTH', 'YEAR')),
    country_code   char(2) references country (code),
    biography      text,
    version        bigint not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check ((born_on is null) = (born_precision is null))
);

create table person_source (
    person_id bigint not null references person (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (person_id, source_id)
);

-- A post: who held which role, in which organization, representing which country, from when to when.
-- Dates carry a precision; a date of precision MONTH or YEAR is stored as the first day of that period.
-- "ended" records that a post is over even when its end date is unknown.
-- "attested_on" is the latest date a source shows the post as held (useful when no end is known).
create table post_held (
    id                   bigint generated always as identity primary key,
    person_id            bigint  not null references person (id) on delete cascade,
    role                 text    not null check (length(trim(role)) > 0),
    role_kind            text    not null check (role_kind in ('HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'DEPUTY_HEAD_OF_GOVERNMENT',
                                                               'FOREIGN_MINISTER', 'DEPUTY_FOREIGN_MINISTER', 'MINISTER',
                                                               'AMBASSADOR', 'HEAD_OF_MISSION', 'DIPLOMAT', 'REGIONAL_GOVERNOR',
                                                               'INSTITUTION_HEAD', 'OTHER')),
    organization_id      bigint references organization (id),
    represents_country   char(2) not null references country (code),
    posted_to_country    char(2) references country (code),
    start_date           date,
    start_precision      text check (start_precision in ('DAY', 'MONTH', 'YEAR')),
    end_date             date,
    end_precision        text check (end_precision in ('DAY', 'MONTH', 'YEAR')),
    ended                boolean not null default false,
    attested_on          date,
    note                 text,
    version              bigint  not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    check ((start_date is null) = (start_precision is null)),
    check ((end_date is null) = (end_precision is null)),
    check (end_date is null or ended),
    check (end_date is null or start_date is null or end_date >= start_date)
);

create index post_held_person_idx on post_held (person_id);
create index post_held_role_idx on post_held (role_kind, represents_country, posted_to_country);
create index post_held_organization_idx on post_held (organization_id);

create table post_held_source (
    post_held_id bigint not null references post_held (id) on delete cascade,
    source_id    bigint not null references source (id),
    primary key (post_held_id, source_id)
);

-- What each source says about a post's start or end, kept even when the sources disagree.
create table post_date_claim (
    id              bigint generated always as identity primary key,
    post_held_id    bigint not null references post_held (id) on delete cascade,
    field           text   not null check (field in ('START', 'END')),
    claimed_date    date   not null,
    claimed_precision text not null check (claimed_precision in ('DAY', 'MONTH', 'YEAR')),
    qualifier       text,
    source_id       bigint not null references source (id),
    unique (post_held_id, field, source_id)
);
