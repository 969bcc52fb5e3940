-- Cooperation projects with their partners, milestones and measurable targets.

create or replace function pg_temp.src(text) returns bigint language sql stable as 'select id from source where slug = $1';
create or replace function pg_temp.org(text) returns bigint language sql stable as 'select id from organization where slug = $1';
create or replace function pg_temp.meeting(text) returns bigint language sql stable as 'select id from meeting where slug = $1';
create or replace function pg_temp.agreement(text) returns bigint language sql stable as 'select id from agreement where slug = $1';
create or replace function pg_temp.project(text) returns bigint language sql stable as 'select id from project where slug = $1';

insert into project (slug, name, status, started_on, started_precision, lead_organization_id, summary)
select slug, name, status, started_on, started_precision, pg_temp.org(lead), summary
from (values
    ('przewalski-horse-reintroduction', 'Reintroduction of Przewalski''s horse to the Kazakh steppe', 'ACTIVE',
     date '2023-01-01', 'YEAR', 'prague-zoo',
     'Czech-Kazakh project, coordinated by Prague Zoo with Kazakh and Czech authorities, several European zoos and '
     || 'nature parks, to return Przewalski''s horses to their natural habitat: forty horses over five years, the first '
     || 'seven delivered to the Altyn Dala reserve in June 2024. Launched by a memorandum signed in Astana in 2023.'),
    ('astana-prague-direct-flights', 'Direct flights between Astana and Prague', 'ACTIVE',
     date '2024-01-01', 'YEAR', 'scat-airlines',
     'Direct air link resumed in 2024 after the pandemic pause, operated by SCAT Airlines; raised from two to four '
     || 'flights a week from the end of May 2025.'),
    ('middle-corridor-titr', 'Middle Corridor (Trans-Caspian International Transport Route)', 'ACTIVE',
     null, null, 'titr-association',
     'Multimodal route linking Chinese and EU rail container networks through Kazakhstan, the Caspian ports, the '
     || 'Caucasus and Türkiye, to which Kazakhstan redirected export freight from March 2022; a container hub is being '
     || 'built at Aktau. Kazakhstan presents it as matching the EU''s Global Gateway strategy.')
) as p (slug, name, status, started_on, started_precision, lead, summary);

insert into project_source (project_id, source_id)
select pg_temp.project(p), pg_temp.src(s)
from (values
    ('przewalski-horse-reintroduction', 'dyussenbayev-interview-2025'),
    ('przewalski-horse-reintroduction', 'astana-times-foreign-ministers-2024'),
    ('przewalski-horse-reintroduction', 'kazinform-vassilenko-prague-2024'),
    ('astana-prague-direct-flights', 'dyussenbayev-interview-2025'),
    ('middle-corridor-titr', 'baimukhan-eu-interview-2022'),
    ('middle-corridor-titr', 'astana-times-foreign-ministers-2024')
) as cited (p, s);

insert into project_country (project_id, country_code)
select pg_temp.project(p), c
from (values
    ('przewalski-horse-reintroduction', 'KZ'), ('przewalski-horse-reintroduction', 'CZ'),
    ('astana-prague-direct-flights', 'KZ'), ('astana-prague-direct-flights', 'CZ'),
    ('middle-corridor-titr', 'KZ'), ('middle-corridor-titr', 'AZ'), ('middle-corridor-titr', 'GE'),
    ('middle-corridor-titr', 'TR'), ('middle-corridor-titr', 'CN'), ('middle-corridor-titr', 'EU')
) as pc (p, c);

insert into project_partner (project_id, organization_id, role)
select pg_temp.project(p), pg_temp.org(o), r
from (values
    ('przewalski-horse-reintroduction', 'prague-zoo', 'COORDINATOR'),
    ('przewalski-horse-reintroduction', 'government-of-czech-republic', 'PARTNER'),
    ('przewalski-horse-reintroduction', 'altyn-dala-state-natural-reserve', 'SITE'),
    ('astana-prague-direct-flights', 'scat-airlines', 'OPERATOR'),
    ('middle-corridor-titr', 'titr-association', 'COORDINATOR'),
    ('middle-corridor-titr', 'kazakhstan-railways', 'PARTNER'),
    ('middle-corridor-titr', 'port-of-aktau', 'SITE'),
    ('middle-corridor-titr', 'port-of-kuryk', 'SITE'),
    ('middle-corridor-titr', 'psa-international', 'POTENTIAL_PARTNER'),
    ('middle-corridor-titr', 'maersk', 'POTENTIAL_PARTNER'),
    ('middle-corridor-titr', 'msc', 'POTENTIAL_PARTNER'),
    ('middle-corridor-titr', 'cosco-shipping', 'POTENTIAL_PARTNER')
) as pp (p, o, r);

create temporary table seed_milestone (key text primary key, milestone_id bigint not null) on commit drop;

with milestones (key, project, occurred_on, date_precision, status, title, description) as (
    values
    ('przewalski-memorandum', 'przewalski-horse-reintroduction', date '2023-01-01', 'YEAR', 'DONE',
     'Memorandum signed in Astana', 'Signed during the Czech Prime Minister''s visit.'),
    ('przewalski-first-seven', 'przewalski-horse-reintroduction', date '2024-06-01', 'MONTH', 'DONE',
     'First seven horses delivered to the Altyn Dala reserve', 'The first group of seven horses was moved to Kazakhstan and settled in the reserve.'),
    ('flights-resumed', 'astana-prague-direct-flights', date '2024-01-01', 'YEAR', 'DONE',
     'Direct flights resumed', 'First direct flights since the pandemic, by SCAT Airlines.'),
    ('flights-four-weekly', 'astana-prague-direct-flights', date '2025-05-01', 'MONTH', 'DONE',
     'Frequency raised to four flights a week', 'From two to four weekly flights, starting at the end of May 2025.'),
    ('corridor-redirect', 'middle-corridor-titr', date '2022-03-01', 'MONTH', 'DONE',
     'Export freight redirected', 'Kazakh export cargo redirected to the Latvian ports of Liepaja, Riga and Ventspils and to the Middle Corridor.'),
    ('corridor-aktau-hub', 'middle-corridor-titr', date '2022-01-01', 'YEAR', 'PLANNED',
     'Container hub at the Port of Aktau', 'Under construction as of mid-2022, with large shipping and port companies as potential partners.')
),
inserted as (
    insert into project_milestone (project_id, occurred_on, date_precision, status, title, description)
    select pg_temp.project(project), occurred_on, date_precision, status, title, description
    from milestones
    order by key
    returning id, title
)
insert into seed_milestone (key, milestone_id)
select milestones.key, inserted.id
from milestones
join inserted on inserted.title = milestones.title;

insert into project_milestone_source (project_milestone_id, source_id)
select sm.milestone_id, pg_temp.src(s)
from (values
    ('przewalski-memorandum', 'dyussenbayev-interview-2025'),
    ('przewalski-first-seven', 'dyussenbayev-interview-2025'),
    ('przewalski-first-seven', 'astana-times-foreign-ministers-2024'),
    ('przewalski-first-seven', 'kazinform-vassilenko-prague-2024'),
    ('flights-resumed', 'dyussenbayev-interview-2025'),
    ('flights-four-weekly', 'dyussenbayev-interview-2025'),
    ('corridor-redirect', 'baimukhan-eu-interview-2022'),
    ('corridor-aktau-hub', 'baimukhan-eu-interview-2022')
) as cited (k, s)
join seed_milestone sm on sm.key = cited.k;

create temporary table seed_target (key text primary key, target_id bigint not null) on commit drop;

with targets (key, project, description, unit, target_value, achieved_value, achieved_as_of, horizon) as (
    values
    ('przewalski-horses', 'przewalski-horse-reintroduction', 'Przewalski''s horses brought to Kazakhstan', 'horses',
     40::numeric, 7::numeric, date '2024-06-30', 'five years'),
    ('flights-weekly', 'astana-prague-direct-flights', 'Weekly direct flights Astana-Prague', 'flights per week',
     4::numeric, 4::numeric, date '2025-05-31', null),
    ('corridor-ports', 'middle-corridor-titr', 'Annual freight through the ports of Aktau and Kuryk', 'million tonnes',
     10::numeric, null::numeric, null::date, 'soon (as expected in mid-2022)'),
    ('corridor-redirected', 'middle-corridor-titr', 'Redirected Kazakh export cargo within that freight', 'million tonnes',
     4::numeric, null::numeric, null::date, 'soon (as expected in mid-2022)')
),
inserted as (
    insert into project_target (project_id, description, unit, target_value, achieved_value, achieved_as_of, horizon)
    select pg_temp.project(project), description, unit, target_value, achieved_value, achieved_as_of, horizon
    from targets
    order by key
    returning id, description
)
insert into seed_target (key, target_id)
select targets.key, inserted.id
from targets
join inserted on inserted.description = targets.description;

insert into project_target_source (project_target_id, source_id)
select st.target_id, pg_temp.src(s)
from (values
    ('przewalski-horses', 'dyussenbayev-interview-2025'),
    ('przewalski-horses', 'astana-times-foreign-ministers-2024'),
    ('przewalski-horses', 'kazinform-vassilenko-prague-2024'),
    ('flights-weekly', 'dyussenbayev-interview-2025'),
    ('corridor-ports', 'baimukhan-eu-interview-2022'),
    ('corridor-redirected', 'baimukhan-eu-interview-2022')
) as cited (k, s)
join seed_target st on st.key = cited.k;

insert into meeting_project (meeting_id, project_id)
select pg_temp.meeting(m), pg_temp.project(p)
from (values
    ('fiala-visit-kazakhstan-2023', 'przewalski-horse-reintroduction'),
    ('lipavsky-nurtleu-talks-astana-2024', 'przewalski-horse-reintroduction'),
    ('lipavsky-nurtleu-talks-astana-2024', 'middle-corridor-titr'),
    ('vassilenko-kozak-talks-prague-2024', 'przewalski-horse-reintroduction'),
    ('transit-transport-roundtable-brussels-2022', 'middle-corridor-titr')
) as mp (m, p);

insert into agreement_project (agreement_id, project_id)
select pg_temp.agreement(a), pg_temp.project(p)
from (values
    ('przewalski-horse-memorandum-2023', 'przewalski-horse-reintroduction'),
    ('middle-corridor-joint-venture-agreement', 'middle-corridor-titr')
) as ap (a, p);
