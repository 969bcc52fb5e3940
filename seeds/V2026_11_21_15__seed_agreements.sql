-- Agreements, memoranda and joint statements named in the sources, and what meetings produced.

create or replace function pg_temp.src(text) returns bigint language sql stable as 'select id from source where slug = $1';
create or replace function pg_temp.org(text) returns bigint language sql stable as 'select id from organization where slug = $1';
create or replace function pg_temp.meeting(text) returns bigint language sql stable as 'select id from meeting where slug = $1';
create or replace function pg_temp.agreement(text) returns bigint language sql stable as 'select id from agreement where slug = $1';

insert into agreement (slug, title, kind, status, signed_on, signed_precision, signed_city, signed_country, meeting_id, summary)
select slug, title, kind, status, signed_on, signed_precision, signed_city, signed_country, pg_temp.meeting(meeting), summary
from (values
    ('kz-cz-trade-economic-cooperation-agreement-2004', 'Agreement on Trade and Economic Cooperation between Kazakhstan and the Czech Republic',
     'AGREEMENT', 'SIGNED', date '2004-01-01', 'YEAR', null, null, null,
     'Bilateral agreement of 2004, named as one of the agreements underpinning Czech-Kazakh relations.'),
    ('przewalski-horse-memorandum-2023', 'Memorandum on the reintroduction of Przewalski''s horse to Kazakhstan',
     'MEMORANDUM', 'SIGNED', date '2023-01-01', 'YEAR', 'Astana', 'KZ', 'fiala-visit-kazakhstan-2023',
     'Memorandum signed during the Czech Prime Minister''s 2023 visit to Astana that launched the Przewalski''s horse project.'),
    ('kz-cz-foreign-ministries-mou-2024', 'Memorandum of Understanding on Cooperation between the Ministries of Foreign Affairs of Kazakhstan and the Czech Republic',
     'MOU', 'SIGNED', date '2024-10-21', 'DAY', 'Astana', 'KZ', 'lipavsky-nurtleu-talks-astana-2024',
     'Signed after the foreign ministers'' talks in Astana.'),
    ('eu-kz-enhanced-partnership-cooperation-agreement', 'EU-Kazakhstan Enhanced Partnership and Cooperation Agreement',
     'AGREEMENT', 'IN_FORCE', null, null, null, null, null,
     'The framework of EU-Kazakhstan cooperation that both the 2022 and 2024 sources refer to as operating; they give no signing or entry-into-force dates.'),
    ('eu-kz-visa-facilitation-agreement', 'Agreement simplifying the EU visa regime for citizens of Kazakhstan',
     'AGREEMENT', 'PROPOSED', null, null, null, null, null,
     'Draft agreement; in October 2024 the Czech foreign minister backed a prompt start of negotiations.'),
    ('middle-corridor-joint-venture-agreement', 'Agreement on a joint venture for the Middle Corridor',
     'AGREEMENT', 'SIGNED', null, null, null, null, null,
     'Kazakhstan reported in 2022 that it had agreed with Azerbaijan, Georgia and Türkiye to set up a joint venture on the route; no date is given.'),
    ('central-asia-leaders-joint-statement-2021', 'Joint statement of the Consultative Meeting of the Heads of State of Central Asia',
     'JOINT_STATEMENT', 'SIGNED', date '2021-08-01', 'MONTH', null, 'TM', 'central-asia-consultative-meeting-2021',
     'Adopted in Turkmenistan: more mutual trade and trade facilitation, business and regional links, transport and transit, and support for peace in Afghanistan.')
) as a (slug, title, kind, status, signed_on, signed_precision, signed_city, signed_country, meeting, summary);

insert into agreement_source (agreement_id, source_id)
select pg_temp.agreement(a), pg_temp.src(s)
from (values
    ('kz-cz-trade-economic-cooperation-agreement-2004', 'dyussenbayev-interview-2025'),
    ('przewalski-horse-memorandum-2023', 'dyussenbayev-interview-2025'),
    ('kz-cz-foreign-ministries-mou-2024', 'astana-times-foreign-ministers-2024'),
    ('eu-kz-enhanced-partnership-cooperation-agreement', 'kazinform-vassilenko-prague-2024'),
    ('eu-kz-enhanced-partnership-cooperation-agreement', 'baimukhan-eu-interview-2022'),
    ('eu-kz-visa-facilitation-agreement', 'astana-times-foreign-ministers-2024'),
    ('middle-corridor-joint-venture-agreement', 'baimukhan-eu-interview-2022'),
    ('central-asia-leaders-joint-statement-2021', 'baimukhan-eu-interview-2022')
) as cited (a, s);

insert into agreement_party (agreement_id, country_code, organization_id)
select pg_temp.agreement(a), c, pg_temp.org(o)
from (values
    ('kz-cz-trade-economic-cooperation-agreement-2004', 'KZ', null),
    ('kz-cz-trade-economic-cooperation-agreement-2004', 'CZ', null),
    ('przewalski-horse-memorandum-2023', 'KZ', null),
    ('przewalski-horse-memorandum-2023', 'CZ', null),
    ('kz-cz-foreign-ministries-mou-2024', 'KZ', 'ministry-of-foreign-affairs-of-kazakhstan'),
    ('kz-cz-foreign-ministries-mou-2024', 'CZ', 'ministry-of-foreign-affairs-of-czech-republic'),
    ('eu-kz-enhanced-partnership-cooperation-agreement', 'EU', null),
    ('eu-kz-enhanced-partnership-cooperation-agreement', 'KZ', null),
    ('eu-kz-visa-facilitation-agreement', 'EU', null),
    ('eu-kz-visa-facilitation-agreement', 'KZ', null),
    ('middle-corridor-joint-venture-agreement', 'KZ', null),
    ('middle-corridor-joint-venture-agreement', 'AZ', null),
    ('middle-corridor-joint-venture-agreement', 'GE', null),
    ('middle-corridor-joint-venture-agreement', 'TR', null),
    ('central-asia-leaders-joint-statement-2021', 'KZ', null),
    ('central-asia-leaders-joint-statement-2021', 'KG', null),
    ('central-asia-leaders-joint-statement-2021', 'TJ', null),
    ('central-asia-leaders-joint-statement-2021', 'TM', null),
    ('central-asia-leaders-joint-statement-2021', 'UZ', null)
) as p (a, c, o);

insert into meeting_outcome (meeting_id, kind, description, agreement_id)
select pg_temp.meeting(m), k, d, pg_temp.agreement(a)
from (values
    ('fiala-visit-kazakhstan-2023', 'AGREEMENT_SIGNED', 'Memorandum on the Przewalski''s horse reintroduction signed.', 'przewalski-horse-memorandum-2023'),
    ('lipavsky-nurtleu-talks-astana-2024', 'AGREEMENT_SIGNED', 'Memorandum of understanding between the two foreign ministries signed.', 'kz-cz-foreign-ministries-mou-2024'),
    ('lipavsky-nurtleu-talks-astana-2024', 'DECISION', 'Agreed to step up cooperation in science, research and higher education.', null),
    ('lipavsky-nurtleu-talks-astana-2024', 'STATEMENT', 'The Czech minister backed a prompt start of negotiations on easier EU visas for Kazakh citizens.', 'eu-kz-visa-facilitation-agreement'),
    ('lipavsky-nurtleu-talks-astana-2024', 'STATEMENT', 'The Kazakh minister congratulated the Czech Republic on its election to the UN Human Rights Council for 2025-2027.', null),
    ('spotak-receives-dyussenbayev-pilsen-2024', 'STATEMENT', 'The governor welcomed Kazakh interest in the region and said he was ready for closer cooperation.', null),
    ('globsec-forum-prague-2024', 'ANNOUNCEMENT', 'Bilateral meetings on the sidelines with counterparts from the United Kingdom, Norway, Slovenia and other countries.', null),
    ('tokayev-visit-brussels-2021', 'DECISION', 'Agreed to work together on the green transition, more trade and investment, and better connectivity.', null),
    ('central-asia-consultative-meeting-2021', 'STATEMENT', 'Joint statement of the leaders adopted.', 'central-asia-leaders-joint-statement-2021'),
    ('central-asia-consultative-meeting-2021', 'DECISION', 'Agreed to set up a standing dialogue on security and cooperation in Central Asia.', null)
) as o (m, k, d, a);
