-- Meetings (visits, talks, receptions, forums), agreements and cooperation projects.

create table meeting (
    id                bigint generated always as identity primary key,
    slug              text    not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title             text    not null check (length(trim(title)) > 0),
    kind              text    not null check (kind in ('OFFICIAL_VISIT', 'WORKING_VISIT', 'TALKS', 'RECEPTION', 'SITE_VISIT',
                                                       'FORUM', 'CONFERENCE', 'COMMISSION_SESSION', 'ROUNDTABLE', 'SUMMIT')),
    status            text    not null default 'HELD' check (status in ('HELD', 'PLANNED', 'CANCELLED')),
    start_date        date    not null,
    date_precision    text    not null check (date_precision in ('DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    end_date          date,
    date_note         text,
    city              text,
    country_code      char(2) references country (code),
    host_country      char(2) references country (code),
    visiting_country  char(2) references country (code),
    summary           text,
    version           bigint  not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check (end_date is null or end_date >= start_date)
);

create index meeting_start_date_idx on meeting (start_date desc, id desc);
create index meeting_countries_idx on meeting (host_country, visiting_country);

create table meeting_source (
    meeting_id bigint not null references meeting (id) on delete cascade,
    source_id  bigint not null references source (id),
    primary key (meeting_id, source_id)
);

create table meeting_participant (
    meeting_id     bigint  not null references meeting (id) on delete cascade,
    person_id      bigint  not null references person (id),
    role_at_meeting text   not null check (role_at_meeting in ('HOST', 'GUEST', 'DELEGATION_MEMBER', 'PARTICIPANT', 'INTERVIEWEE')),
    side_country   char(2) references country (code),
    note           text,
    primary key (meeting_id, person_id)
);

create index meeting_participant_person_idx on meeting_participant (person_id);

create table meeting_organization (
    meeting_id      bigint not null references meeting (id) on delete cascade,
    organization_id bigint not null references organization (id),
    role            text   not null check (role in ('HOST', 'VISITED', 'ORGANIZER', 'CO_ORGANIZER', 'PARTICIPANT')),
    primary key (meeting_id, organization_id)
);

create table meeting_topic (
    meeting_id bigint not null references meeting (id) on delete cascade,
    position   int    not null check (position >= 0),
    topic      text   not null check (length(trim(topic)) > 0),
    primary key (meeting_id, position)
);

create table agreement (
    id               bigint generated always as identity primary key,
    slug             text    not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title            text    not null check (length(trim(title)) > 0),
    kind             text    not null check (kind in ('AGREEMENT', 'MEMORANDUM', 'MOU', 'FRAMEWORK', 'JOINT_STATEMENT', 'TREATY')),
    status           text    not null check (status in ('PROPOSED', 'UNDER_NEGOTIATION', 'SIGNED', 'IN_FORCE', 'EXPIRED')),
    signed_on        date,
    signed_precision text check (signed_precision in ('DAY', 'MONTH', 'YEAR')),
    signed_city      text,
    signed_country   char(2) references country (code),
    meeting_id       bigint references meeting (id) on delete set null,
    summary          text,
    version          bigint  not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    check ((signed_on is null) = (signed_precision is null)),
    check (signed_on is null or status in ('SIGNED', 'IN_FORCE', 'EXPIRED'))
);

create index agreement_signed_on_idx on agreement (signed_on desc nulls last, id desc);
create index agreement_meeting_idx on agreement (meeting_id);

create table agreement_source (
    agreement_id bigint not null references agreement (id) on delete cascade,
    source_id    bigint not null references source (id),
    primary key (agreement_id, source_id)
);

-- A party is a country, optionally acting through one of its organizations (a ministry, say).
create table agreement_party (
    id              bigint generated always as identity primary key,
    agreement_id    bigint  not null references agreement (id) on delete cascade,
    country_code    char(2) not null references country (code),
    organization_id bigint references organization (id),
    unique (agreement_id, country_code, organization_id)
);

create index agreement_party_country_idx on agreement_party (country_code);

create table agreement_signatory (
    agreement_id bigint not null references agreement (id) on delete cascade,
    person_id    bigint not null references person (id),
    primary key (agreement_id, person_id)
);

-- What came out of a meeting: an agreement signed there, or an announcement.
create table meeting_outcome (
    id           bigint generated always as identity primary key,
    meeting_id   bigint not null references meeting (id) on delete cascade,
    kind         text   not null check (kind in ('AGREEMENT_SIGNED', 'ANNOUNCEMENT', 'DECISION', 'STATEMENT')),
    description  text   not null,
    agreement_id bigint references agreement (id) on delete set null,
    check (kind <> 'AGREEMENT_SIGNED' or agreement_id is not null)
);

create index meeting_outcome_meeting_idx on meeting_outcome (meeting_id);

create table project (
    id                   bigint generated always as identity primary key,
    slug                 text   not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                 text   not null check (length(trim(name)) > 0),
    status               text   not null check (status in ('PLANNED', 'ACTIVE', 'COMPLETED', 'SUSPENDED')),
    started_on           date,
    started_precision    text check (started_precision in ('DAY', 'MONTH', 'YEAR')),
    lead_organization_id bigint references organization (id),
    summary              text,
    version              bigint not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    check ((started_on is null) = (started_precision is null))
);

create table project_source (
    project_id bigint not null references project (id) on delete cascade,
    source_id  bigint not null references source (id),
    primary key (project_id, source_id)
);

create table project_country (
    project_id   bigint  not null references project (id) on delete cascade,
    country_code char(2) not null references country (code),
    primary key (project_id, country_code)
);

create table project_partner (
    project_id      bigint not null references project (id) on delete cascade,
    organization_id bigint not null references organization (id),
    role            text   not null check (role in ('COORDINATOR', 'PARTNER', 'OPERATOR', 'POTENTIAL_PARTNER', 'SITE')),
    primary key (project_id, organization_id)
);

create table project_milestone (
    id             bigint generated always as identity primary key,
    project_id     bigint not null references project (id) on delete cascade,
    occurred_on    date   not null,
    date_precision text   not null check (date_precision in ('DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    status         text   not null check (status in ('DONE', 'PLANNED')),
    title          text   not null,
    description    text,
    version        bigint not null default 0
);

create index project_milestone_project_idx on project_milestone (project_id, occurred_on);

create table project_milestone_source (
    project_milestone_id bigint not null references project_milestone (id) on delete cascade,
    source_id            bigint not null references source (id),
    primary key (project_milestone_id, source_id)
);

-- A measurable goal and how far it has got (e.g. 7 of 40 animals delivered).
create table project_target (
    id             bigint generated always as identity primary key,
    project_id     bigint  not null references project (id) on delete cascade,
    description    text    not null,
    unit           text    not null,
    target_value   numeric not null check (target_value > 0),
    achieved_value numeric check (achieved_value >= 0),
    achieved_as_of date,
    horizon        text,
    due_by         date,
    version        bigint  not null default 0
);

create table project_target_source (
    project_target_id bigint not null references project_target (id) on delete cascade,
    source_id         bigint not null references source (id),
    primary key (project_target_id, source_id)
);

-- Which meetings discussed which projects, and which agreements underpin them.
create table meeting_project (
    meeting_id bigint not null references meeting (id) on delete cascade,
    project_id bigint not null references project (id) on delete cascade,
    primary key (meeting_id, project_id)
);

create table agreement_project (
    agreement_id bigint not null references agreement (id) on delete cascade,
    project_id   bigint not null references project (id) on delete cascade,
    primary key (agreement_id, project_id)
);
