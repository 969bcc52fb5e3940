-- Officials named in the sources and the posts they held. Dates keep the precision the sources give.
-- attested_on: the latest date a source shows the post as held (first day of the period when only a month or
-- year is known). Where sources disagree on a date, post_date_claim keeps each source's version.

create or replace function pg_temp.src(text) returns bigint language sql stable as 'select id from source where slug = $1';
create or replace function pg_temp.org(text) returns bigint language sql stable as 'select id from organization where slug = $1';
create or replace function pg_temp.person(text) returns bigint language sql stable as 'select id from person where slug = $1';

insert into person (slug, full_name, honorific, born_on, born_precision, country_code, biography) values
    ('bakyt-dyussenbayev', 'Bakyt Dyussenbayev', 'H.E.', '1970-03-08', 'DAY', 'KZ',
     'Kazakh career diplomat. Graduated from Lomonosov Moscow State University (1993) and the Diplomatic Academy of '
     || 'the Russian foreign ministry (1996); worked in the Kazakh foreign ministry and at embassies abroad before '
     || 'his first ambassadorship in 2012. Married, one son.'),
    ('petr-fiala', 'Petr Fiala', null, null, null, 'CZ', 'Czech Prime Minister who visited Kazakhstan in 2023.'),
    ('marek-vyborny', 'Marek Výborný', null, null, null, 'CZ', 'Czech Minister of Agriculture who visited Kazakhstan in 2023.'),
    ('marat-karabaev', 'Marat Karabaev', null, null, null, 'KZ', 'Kazakh Minister of Transport; attended the World Road Congress in Prague in 2023.'),
    ('jan-lipavsky', 'Jan Lipavský', null, null, null, 'CZ', 'Czech Minister of Foreign Affairs; visited Astana in October 2024.'),
    ('miroslav-bobek', 'Miroslav Bobek', null, null, null, 'CZ', 'Director of Prague Zoo, credited for the Przewalski''s horse project.'),
    ('rudolf-spotak', 'Rudolf Špoták', null, null, null, 'CZ', 'Governor of the Pilsen Region.'),
    ('timur-akhmetzhanov', 'Timur Akhmetzhanov', null, null, null, 'KZ', 'Commercial counsellor of the Kazakh embassy in Prague.'),
    ('murat-nurtleu', 'Murat Nurtleu', null, null, null, 'KZ', 'Kazakh Deputy Prime Minister and Minister of Foreign Affairs.'),
    ('roman-vassilenko', 'Roman Vassilenko', null, null, null, 'KZ', 'Kazakh Deputy Minister of Foreign Affairs.'),
    ('jiri-kozak', 'Jiří Kozák', null, null, null, 'CZ',
     'Czech First Deputy Minister of Foreign Affairs. The Kazinform report spells the first name "Jíři".'),
    ('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', null, null, null, 'KZ', 'President of Kazakhstan since his election in 2019.'),
    ('margulan-baimukhan', 'Margulan Baimukhan', 'H.E.', null, null, 'KZ', 'Kazakh ambassador and head of Kazakhstan''s mission to the European Union.'),
    ('charles-michel', 'Charles Michel', null, null, null, null, 'President of the European Council; met President Tokayev in Brussels in November 2021.'),
    ('ursula-von-der-leyen', 'Ursula von der Leyen', null, null, null, null, 'President of the European Commission; met President Tokayev in Brussels in November 2021.');

insert into person_source (person_id, source_id)
select pg_temp.person(p), pg_temp.src(s)
from (values
    ('bakyt-dyussenbayev', 'dyussenbayev-interview-2025'),
    ('bakyt-dyussenbayev', 'pilsen-region-ambassador-visit-2024'),
    ('petr-fiala', 'dyussenbayev-interview-2025'),
    ('marek-vyborny', 'dyussenbayev-interview-2025'),
    ('marat-karabaev', 'dyussenbayev-interview-2025'),
    ('jan-lipavsky', 'dyussenbayev-interview-2025'),
    ('jan-lipavsky', 'astana-times-foreign-ministers-2024'),
    ('miroslav-bobek', 'dyussenbayev-interview-2025'),
    ('rudolf-spotak', 'pilsen-region-ambassador-visit-2024'),
    ('timur-akhmetzhanov', 'pilsen-region-ambassador-visit-2024'),
    ('murat-nurtleu', 'astana-times-foreign-ministers-2024'),
    ('roman-vassilenko', 'kazinform-vassilenko-prague-2024'),
    ('jiri-kozak', 'kazinform-vassilenko-prague-2024'),
    ('kassym-jomart-tokayev', 'baimukhan-eu-interview-2022'),
    ('margulan-baimukhan', 'baimukhan-eu-interview-2022'),
    ('charles-michel', 'baimukhan-eu-interview-2022'),
    ('ursula-von-der-leyen', 'baimukhan-eu-interview-2022')
) as cited (p, s);

-- A temporary key (person slug + key) lets the citations below find each post.
create temporary table seed_post (key text primary key, post_id bigint not null) on commit drop;

with posts (key, person, role, role_kind, org, represents, posted_to, start_date, start_precision, end_date, end_precision, ended, attested_on, note) as (
    values
    ('dyussenbayev-cz', 'bakyt-dyussenbayev', 'Ambassador Extraordinary and Plenipotentiary of Kazakhstan to the Czech Republic', 'AMBASSADOR',
     'embassy-of-kazakhstan-in-czech-republic', 'KZ', 'CZ', date '2023-06-01', 'MONTH', null::date, null, false, date '2025-07-21',
     'Start per the 2025 interview (June 2023); the Pilsen Region report of May 2024 says he was appointed at the end of 2023.'),
    ('dyussenbayev-es', 'bakyt-dyussenbayev', 'Ambassador of Kazakhstan to Spain', 'AMBASSADOR',
     null, 'KZ', 'ES', date '2012-01-01', 'YEAR', null, null, true, null, 'His first ambassadorship; the source gives no end date.'),
    ('dyussenbayev-ad', 'bakyt-dyussenbayev', 'Ambassador of Kazakhstan to Andorra (concurrently with Spain)', 'AMBASSADOR',
     null, 'KZ', 'AD', date '2015-01-01', 'YEAR', null, null, true, null, 'Held alongside the Spanish post; the source gives no end date.'),
    ('dyussenbayev-kr', 'bakyt-dyussenbayev', 'Ambassador of Kazakhstan to the Republic of Korea', 'AMBASSADOR',
     null, 'KZ', 'KR', date '2018-01-01', 'YEAR', date '2023-01-01', 'YEAR', true, null, null),
    ('dyussenbayev-mfa', 'bakyt-dyussenbayev', 'Various posts in the Ministry of Foreign Affairs and at embassies abroad', 'DIPLOMAT',
     'ministry-of-foreign-affairs-of-kazakhstan', 'KZ', null, null, null, null, null, true, null, 'Before 2012; the source gives no dates.'),
    ('fiala-pm', 'petr-fiala', 'Prime Minister of the Czech Republic', 'HEAD_OF_GOVERNMENT',
     'government-of-czech-republic', 'CZ', null, null, null, null, null, false, date '2023-01-01',
     'The sources show him in office during his 2023 visit to Kazakhstan; they give neither start nor end.'),
    ('vyborny-agriculture', 'marek-vyborny', 'Minister of Agriculture of the Czech Republic', 'MINISTER',
     'ministry-of-agriculture-of-czech-republic', 'CZ', null, null, null, null, null, false, date '2023-01-01', null),
    ('karabaev-transport', 'marat-karabaev', 'Minister of Transport of Kazakhstan', 'MINISTER',
     'ministry-of-transport-of-kazakhstan', 'KZ', null, null, null, null, null, false, date '2023-01-01', null),
    ('lipavsky-fm', 'jan-lipavsky', 'Minister of Foreign Affairs of the Czech Republic', 'FOREIGN_MINISTER',
     'ministry-of-foreign-affairs-of-czech-republic', 'CZ', null, null, null, null, null, false, date '2024-10-21', null),
    ('bobek-zoo', 'miroslav-bobek', 'Director of Prague Zoo', 'INSTITUTION_HEAD',
     'prague-zoo', 'CZ', null, null, null, null, null, false, date '2025-07-21', null),
    ('spotak-governor', 'rudolf-spotak', 'Governor of the Pilsen Region', 'REGIONAL_GOVERNOR',
     'pilsen-region', 'CZ', null, null, null, null, null, false, date '2024-04-04', null),
    ('akhmetzhanov-counsellor', 'timur-akhmetzhanov', 'Commercial Counsellor of the Embassy of Kazakhstan in the Czech Republic', 'DIPLOMAT',
     'embassy-of-kazakhstan-in-czech-republic', 'KZ', 'CZ', null, null, null, null, false, date '2024-04-04', null),
    ('nurtleu-deputy-pm', 'murat-nurtleu', 'Deputy Prime Minister of Kazakhstan', 'DEPUTY_HEAD_OF_GOVERNMENT',
     'government-of-kazakhstan', 'KZ', null, null, null, null, null, false, date '2024-10-21', null),
    ('nurtleu-fm', 'murat-nurtleu', 'Minister of Foreign Affairs of Kazakhstan', 'FOREIGN_MINISTER',
     'ministry-of-foreign-affairs-of-kazakhstan', 'KZ', null, null, null, null, null, false, date '2024-10-21', null),
    ('vassilenko-deputy-fm', 'roman-vassilenko', 'Deputy Minister of Foreign Affairs of Kazakhstan', 'DEPUTY_FOREIGN_MINISTER',
     'ministry-of-foreign-affairs-of-kazakhstan', 'KZ', null, null, null, null, null, false, date '2024-09-02', null),
    ('kozak-first-deputy-fm', 'jiri-kozak', 'First Deputy Minister of Foreign Affairs of the Czech Republic', 'DEPUTY_FOREIGN_MINISTER',
     'ministry-of-foreign-affairs-of-czech-republic', 'CZ', null, null, null, null, null, false, date '2024-09-02', null),
    ('tokayev-president', 'kassym-jomart-tokayev', 'President of Kazakhstan', 'HEAD_OF_STATE',
     null, 'KZ', null, date '2019-01-01', 'YEAR', null, null, false, date '2022-06-01', 'Elected in 2019.'),
    ('baimukhan-eu', 'margulan-baimukhan', 'Ambassador of Kazakhstan, Head of the Mission of Kazakhstan to the European Union', 'AMBASSADOR',
     'mission-of-kazakhstan-to-the-eu', 'KZ', 'EU', null, null, null, null, false, date '2022-06-01', null),
    ('michel-council', 'charles-michel', 'President of the European Council', 'INSTITUTION_HEAD',
     'european-council', 'EU', null, null, null, null, null, false, date '2021-11-01', null),
    ('von-der-leyen-commission', 'ursula-von-der-leyen', 'President of the European Commission', 'INSTITUTION_HEAD',
     'european-commission', 'EU', null, null, null, null, null, false, date '2021-11-01', null)
),
inserted as (
    insert into post_held (person_id, role, role_kind, organization_id, represents_country, posted_to_country,
                           start_date, start_precision, end_date, end_precision, ended, attested_on, note)
    select pg_temp.person(person), role, role_kind, pg_temp.org(org), represents, posted_to,
           start_date, start_precision, end_date, end_precision, ended, attested_on, note
    from posts
    order by key
    returning id, person_id, role
)
insert into seed_post (key, post_id)
select posts.key, inserted.id
from posts
join inserted on inserted.person_id = pg_temp.person(posts.person) and inserted.role = posts.role;

insert into post_held_source (post_held_id, source_id)
select sp.post_id, pg_temp.src(s)
from (values
    ('dyussenbayev-cz', 'dyussenbayev-interview-2025'),
    ('dyussenbayev-cz', 'pilsen-region-ambassador-visit-2024'),
    ('dyussenbayev-es', 'dyussenbayev-interview-2025'),
    ('dyussenbayev-ad', 'dyussenbayev-interview-2025'),
    ('dyussenbayev-kr', 'dyussenbayev-interview-2025'),
    ('dyussenbayev-mfa', 'dyussenbayev-interview-2025'),
    ('fiala-pm', 'dyussenbayev-interview-2025'),
    ('vyborny-agriculture', 'dyussenbayev-interview-2025'),
    ('karabaev-transport', 'dyussenbayev-interview-2025'),
    ('lipavsky-fm', 'dyussenbayev-interview-2025'),
    ('lipavsky-fm', 'astana-times-foreign-ministers-2024'),
    ('bobek-zoo', 'dyussenbayev-interview-2025'),
    ('spotak-governor', 'pilsen-region-ambassador-visit-2024'),
    ('akhmetzhanov-counsellor', 'pilsen-region-ambassador-visit-2024'),
    ('nurtleu-deputy-pm', 'astana-times-foreign-ministers-2024'),
    ('nurtleu-fm', 'astana-times-foreign-ministers-2024'),
    ('vassilenko-deputy-fm', 'kazinform-vassilenko-prague-2024'),
    ('kozak-first-deputy-fm', 'kazinform-vassilenko-prague-2024'),
    ('tokayev-president', 'baimukhan-eu-interview-2022'),
    ('baimukhan-eu', 'baimukhan-eu-interview-2022'),
    ('michel-council', 'baimukhan-eu-interview-2022'),
    ('von-der-leyen-commission', 'baimukhan-eu-interview-2022')
) as cited (k, s)
join seed_post sp on sp.key = cited.k;

-- The two sources disagree on when Dyussenbayev took up the Prague post: June 2023, or the end of 2023.
insert into post_date_claim (post_held_id, field, claimed_date, claimed_precision, qualifier, source_id)
select sp.post_id, 'START', d, p, q, pg_temp.src(s)
from (values
    (date '2023-06-01', 'MONTH', 'ambassador to the Czech Republic since June 2023', 'dyussenbayev-interview-2025'),
    (date '2023-01-01', 'YEAR', 'appointed late in 2023, per a report of May 2024', 'pilsen-region-ambassador-visit-2024')
) as claims (d, p, q, s)
join seed_post sp on sp.key = 'dyussenbayev-cz';
