-- Meetings, visits, forums and talks named in the sources, with participants, organizations and topics.

create or replace function pg_temp.src(text) returns bigint language sql stable as 'select id from source where slug = $1';
create or replace function pg_temp.org(text) returns bigint language sql stable as 'select id from organization where slug = $1';
create or replace function pg_temp.person(text) returns bigint language sql stable as 'select id from person where slug = $1';
create or replace function pg_temp.meeting(text) returns bigint language sql stable as 'select id from meeting where slug = $1';

insert into meeting (slug, title, kind, status, start_date, date_precision, end_date, date_note, city, country_code,
                     host_country, visiting_country, summary) values
    ('fiala-visit-kazakhstan-2023', 'Czech Prime Minister Petr Fiala visits Kazakhstan', 'OFFICIAL_VISIT', 'HELD',
     '2023-01-01', 'YEAR', null, null, 'Astana', 'KZ', 'KZ', 'CZ',
     'Visit of the Czech head of government to Astana, during which a memorandum on returning Przewalski''s horses '
     || 'to the Kazakh steppe was signed.'),
    ('vyborny-visit-kazakhstan-2023', 'Czech Agriculture Minister Marek Výborný visits Kazakhstan', 'OFFICIAL_VISIT', 'HELD',
     '2023-01-01', 'YEAR', null, null, null, 'KZ', 'KZ', 'CZ',
     'Visit of the Czech agriculture minister to Kazakhstan, one of the high-level contacts of 2023.'),
    ('world-road-congress-prague-2023', 'XXVII World Road Congress, Prague', 'CONFERENCE', 'HELD',
     '2023-01-01', 'YEAR', null, null, 'Prague', 'CZ', 'CZ', 'KZ',
     'International road congress in Prague attended by the Kazakh transport minister.'),
    ('lipavsky-nurtleu-talks-astana-2024', 'Foreign ministers Jan Lipavský and Murat Nurtleu hold talks in Astana', 'TALKS', 'HELD',
     '2024-10-21', 'DAY', null,
     'The report prints the day without the year; 2024 follows from its context (the June horse delivery and January-August trade it cites).',
     'Astana', 'KZ', 'KZ', 'CZ',
     'Talks during the Czech foreign minister''s 2024 visit to Astana on widening cooperation (engineering, transport and '
     || 'logistics, pharmaceuticals, energy, nanotechnology, hydrogen), Czech companies in Kazakhstan, the Trans-Caspian '
     || 'route, Czech nuclear power experience, the Przewalski''s horse reintroduction, science and higher education, '
     || 'EU visa facilitation for Kazakh citizens, and regional conflicts. A memorandum between the two foreign '
     || 'ministries was signed afterwards.'),
    ('spotak-receives-dyussenbayev-pilsen-2024', 'Governor Rudolf Špoták receives Ambassador Bakyt Dyussenbayev', 'RECEPTION', 'HELD',
     '2024-04-04', 'DAY', null, null, 'Plzeň', 'CZ', 'CZ', 'KZ',
     'Reception at the Pilsen Region headquarters, the ambassador''s first visit to a Czech region: Kazakhstan''s economy, '
     || 'mineral resources and role as a transport corridor between Asia and the EU, and interest in Czech technology, '
     || 'science and research companies. The governor welcomed the interest and offered closer ties.'),
    ('dyussenbayev-visits-university-of-west-bohemia-2024', 'Ambassador Dyussenbayev visits the University of West Bohemia', 'SITE_VISIT', 'HELD',
     '2024-04-04', 'DAY', null, 'Afternoon of the same day as the reception by the governor.', 'Plzeň', 'CZ', 'CZ', 'KZ',
     'Visit to the university in Plzeň during the ambassador''s day in the Pilsen Region.'),
    ('dyussenbayev-visits-skoda-transportation-2024', 'Ambassador Dyussenbayev visits Škoda Transportation', 'SITE_VISIT', 'HELD',
     '2024-04-04', 'DAY', null, 'Afternoon of the same day as the reception by the governor.', 'Plzeň', 'CZ', 'CZ', 'KZ',
     'Visit to the tram, locomotive, train and trolleybus maker, which has bid in Kazakh tenders.'),
    ('dyussenbayev-meets-pilsen-chamber-of-commerce-2024', 'Ambassador Dyussenbayev meets the Regional Chamber of Commerce of the Pilsen Region', 'TALKS', 'HELD',
     '2024-04-04', 'DAY', null, 'Afternoon of the same day as the reception by the governor.', 'Plzeň', 'CZ', 'CZ', 'KZ',
     'Meeting with representatives of the regional chamber of commerce.'),
    ('dyussenbayev-visits-pilsner-urquell-2024', 'Ambassador Dyussenbayev visits the Pilsner Urquell Brewery', 'SITE_VISIT', 'HELD',
     '2024-04-04', 'DAY', null, 'Afternoon of the same day as the reception by the governor.', 'Plzeň', 'CZ', 'CZ', 'KZ',
     'Visit to the brewery, noted for water and energy saving.'),
    ('vassilenko-kozak-talks-prague-2024', 'Deputy Foreign Minister Roman Vassilenko meets First Deputy Foreign Minister Jiří Kozák in Prague', 'WORKING_VISIT', 'HELD',
     '2024-09-02', 'DAY', null,
     'Date of the report; it does not date the talks, which took place on or shortly before that day.',
     'Prague', 'CZ', 'CZ', 'KZ',
     'Working visit: political, trade, economic, cultural and humanitarian ties, preparation of the intergovernmental '
     || 'commission session planned for the second half of 2024, cooperation in the UN and OSCE, the EU-Kazakhstan '
     || 'Enhanced Partnership and Cooperation Agreement, Czech companies of interest to Kazakhstan, and the '
     || 'Przewalski''s horse reintroduction under Prague Zoo.'),
    ('globsec-forum-prague-2024', 'GLOBSEC 2024 forum, Prague', 'FORUM', 'HELD',
     '2024-09-02', 'DAY', null,
     'Date of the report; the forum took place during the same stay in Prague, on or before that day.',
     'Prague', 'CZ', 'CZ', 'KZ',
     'International forum on strategic issues, attended by the Kazakh deputy foreign minister, who held bilateral '
     || 'meetings there with counterparts from the United Kingdom, Norway, Slovenia and other countries.'),
    ('intergovernmental-commission-session-2024', 'Session of the Kazakh-Czech Intergovernmental Commission', 'COMMISSION_SESSION', 'PLANNED',
     '2024-07-01', 'HALF_YEAR', null, 'Planned for the second half of 2024; no source confirms it took place.', null, null, null, null,
     'Session of the commission on economic, industrial, scientific and technical cooperation, being prepared in 2024.'),
    ('tokayev-visit-brussels-2021', 'President Kassym-Jomart Tokayev visits Brussels', 'OFFICIAL_VISIT', 'HELD',
     '2021-11-01', 'MONTH', null, null, 'Brussels', 'BE', 'EU', 'KZ',
     'Visit to the EU institutions, meeting the presidents of the European Council and the European Commission: '
     || 'green transition under the European Green Deal, trade and investment, connectivity in energy, raw materials '
     || 'and transport, post-pandemic recovery, and regional security after the events in Afghanistan.'),
    ('central-asia-eu-special-envoys-almaty-2022', 'Meeting of Central Asian and EU special envoys on Afghanistan, Almaty', 'TALKS', 'HELD',
     '2022-05-30', 'DAY', '2022-05-31', null, 'Almaty', 'KZ', 'KZ', 'EU',
     'Meeting of Central Asian and EU special envoys and representatives on Afghanistan, with UNODC and UNAMA.'),
    ('transit-transport-roundtable-brussels-2022', 'Roundtable on transit and transport cooperation between Kazakhstan and the EU', 'ROUNDTABLE', 'PLANNED',
     '2022-06-15', 'DAY', null, 'Announced as upcoming in the June 2022 interview; no source confirms it took place.',
     'Brussels', 'BE', 'KZ', null,
     'Roundtable organized by the Kazakh mission with the European Parliament, Kazakhstan Railways and the Trans-Caspian '
     || 'route association to present the Middle Corridor to a European audience.'),
    ('central-asia-consultative-meeting-2021', 'Consultative Meeting of the Heads of State of Central Asia, Turkmenistan', 'SUMMIT', 'HELD',
     '2021-08-01', 'MONTH', null, null, null, 'TM', 'TM', null,
     'Regional leaders'' meeting (a format Kazakhstan started in 2019) that adopted a joint statement on trade, investment, '
     || 'energy, transport and security, and agreed on a standing security dialogue.');

insert into meeting_source (meeting_id, source_id)
select pg_temp.meeting(m), pg_temp.src(s)
from (values
    ('fiala-visit-kazakhstan-2023', 'dyussenbayev-interview-2025'),
    ('vyborny-visit-kazakhstan-2023', 'dyussenbayev-interview-2025'),
    ('world-road-congress-prague-2023', 'dyussenbayev-interview-2025'),
    ('lipavsky-nurtleu-talks-astana-2024', 'astana-times-foreign-ministers-2024'),
    ('lipavsky-nurtleu-talks-astana-2024', 'dyussenbayev-interview-2025'),
    ('spotak-receives-dyussenbayev-pilsen-2024', 'pilsen-region-ambassador-visit-2024'),
    ('dyussenbayev-visits-university-of-west-bohemia-2024', 'pilsen-region-ambassador-visit-2024'),
    ('dyussenbayev-visits-skoda-transportation-2024', 'pilsen-region-ambassador-visit-2024'),
    ('dyussenbayev-meets-pilsen-chamber-of-commerce-2024', 'pilsen-region-ambassador-visit-2024'),
    ('dyussenbayev-visits-pilsner-urquell-2024', 'pilsen-region-ambassador-visit-2024'),
    ('vassilenko-kozak-talks-prague-2024', 'kazinform-vassilenko-prague-2024'),
    ('globsec-forum-prague-2024', 'kazinform-vassilenko-prague-2024'),
    ('intergovernmental-commission-session-2024', 'kazinform-vassilenko-prague-2024'),
    ('tokayev-visit-brussels-2021', 'baimukhan-eu-interview-2022'),
    ('central-asia-eu-special-envoys-almaty-2022', 'baimukhan-eu-interview-2022'),
    ('transit-transport-roundtable-brussels-2022', 'baimukhan-eu-interview-2022'),
    ('central-asia-consultative-meeting-2021', 'baimukhan-eu-interview-2022')
) as cited (m, s);

insert into meeting_participant (meeting_id, person_id, role_at_meeting, side_country)
select pg_temp.meeting(m), pg_temp.person(p), r, c
from (values
    ('fiala-visit-kazakhstan-2023', 'petr-fiala', 'GUEST', 'CZ'),
    ('vyborny-visit-kazakhstan-2023', 'marek-vyborny', 'GUEST', 'CZ'),
    ('world-road-congress-prague-2023', 'marat-karabaev', 'PARTICIPANT', 'KZ'),
    ('lipavsky-nurtleu-talks-astana-2024', 'murat-nurtleu', 'HOST', 'KZ'),
    ('lipavsky-nurtleu-talks-astana-2024', 'jan-lipavsky', 'GUEST', 'CZ'),
    ('spotak-receives-dyussenbayev-pilsen-2024', 'rudolf-spotak', 'HOST', 'CZ'),
    ('spotak-receives-dyussenbayev-pilsen-2024', 'bakyt-dyussenbayev', 'GUEST', 'KZ'),
    ('spotak-receives-dyussenbayev-pilsen-2024', 'timur-akhmetzhanov', 'DELEGATION_MEMBER', 'KZ'),
    ('dyussenbayev-visits-university-of-west-bohemia-2024', 'bakyt-dyussenbayev', 'GUEST', 'KZ'),
    ('dyussenbayev-visits-skoda-transportation-2024', 'bakyt-dyussenbayev', 'GUEST', 'KZ'),
    ('dyussenbayev-meets-pilsen-chamber-of-commerce-2024', 'bakyt-dyussenbayev', 'GUEST', 'KZ'),
    ('dyussenbayev-visits-pilsner-urquell-2024', 'bakyt-dyussenbayev', 'GUEST', 'KZ'),
    ('vassilenko-kozak-talks-prague-2024', 'jiri-kozak', 'HOST', 'CZ'),
    ('vassilenko-kozak-talks-prague-2024', 'roman-vassilenko', 'GUEST', 'KZ'),
    ('globsec-forum-prague-2024', 'roman-vassilenko', 'PARTICIPANT', 'KZ'),
    ('tokayev-visit-brussels-2021', 'kassym-jomart-tokayev', 'GUEST', 'KZ'),
    ('tokayev-visit-brussels-2021', 'charles-michel', 'HOST', 'EU'),
    ('tokayev-visit-brussels-2021', 'ursula-von-der-leyen', 'HOST', 'EU')
) as p (m, p, r, c);

insert into meeting_organization (meeting_id, organization_id, role)
select pg_temp.meeting(m), pg_temp.org(o), r
from (values
    ('fiala-visit-kazakhstan-2023', 'government-of-czech-republic', 'PARTICIPANT'),
    ('vyborny-visit-kazakhstan-2023', 'ministry-of-agriculture-of-czech-republic', 'PARTICIPANT'),
    ('world-road-congress-prague-2023', 'ministry-of-transport-of-kazakhstan', 'PARTICIPANT'),
    ('lipavsky-nurtleu-talks-astana-2024', 'ministry-of-foreign-affairs-of-kazakhstan', 'HOST'),
    ('lipavsky-nurtleu-talks-astana-2024', 'ministry-of-foreign-affairs-of-czech-republic', 'PARTICIPANT'),
    ('spotak-receives-dyussenbayev-pilsen-2024', 'pilsen-region', 'HOST'),
    ('spotak-receives-dyussenbayev-pilsen-2024', 'embassy-of-kazakhstan-in-czech-republic', 'PARTICIPANT'),
    ('dyussenbayev-visits-university-of-west-bohemia-2024', 'university-of-west-bohemia', 'VISITED'),
    ('dyussenbayev-visits-skoda-transportation-2024', 'skoda-transportation', 'VISITED'),
    ('dyussenbayev-meets-pilsen-chamber-of-commerce-2024', 'regional-chamber-of-commerce-pilsen-region', 'HOST'),
    ('dyussenbayev-visits-pilsner-urquell-2024', 'pilsner-urquell-brewery', 'VISITED'),
    ('vassilenko-kozak-talks-prague-2024', 'ministry-of-foreign-affairs-of-czech-republic', 'HOST'),
    ('vassilenko-kozak-talks-prague-2024', 'ministry-of-foreign-affairs-of-kazakhstan', 'PARTICIPANT'),
    ('globsec-forum-prague-2024', 'globsec', 'ORGANIZER'),
    ('intergovernmental-commission-session-2024', 'kz-cz-intergovernmental-commission', 'ORGANIZER'),
    ('tokayev-visit-brussels-2021', 'european-council', 'HOST'),
    ('tokayev-visit-brussels-2021', 'european-commission', 'HOST'),
    ('central-asia-eu-special-envoys-almaty-2022', 'unodc', 'PARTICIPANT'),
    ('central-asia-eu-special-envoys-almaty-2022', 'unama', 'PARTICIPANT'),
    ('transit-transport-roundtable-brussels-2022', 'mission-of-kazakhstan-to-the-eu', 'ORGANIZER'),
    ('transit-transport-roundtable-brussels-2022', 'european-parliament', 'CO_ORGANIZER'),
    ('transit-transport-roundtable-brussels-2022', 'kazakhstan-railways', 'CO_ORGANIZER'),
    ('transit-transport-roundtable-brussels-2022', 'titr-association', 'CO_ORGANIZER')
) as o (m, o, r);

insert into meeting_topic (meeting_id, position, topic)
select pg_temp.meeting(m), t.ordinality - 1, t.topic
from (values
    ('fiala-visit-kazakhstan-2023', array['Przewalski''s horse reintroduction']),
    ('lipavsky-nurtleu-talks-astana-2024', array[
        'Bilateral cooperation', 'Regional and global agenda', 'Engineering', 'Transport and logistics', 'Pharmaceuticals',
        'Energy and climate security', 'Nanotechnology', 'Hydrogen production', 'Czech companies in Kazakhstan',
        'Trans-Caspian International Transport Route', 'Nuclear power: Czech experience',
        'Przewalski''s horse reintroduction', 'Science, research and higher education',
        'EU visa facilitation for Kazakh citizens', 'Conflicts in Europe and the Middle East',
        'UN Human Rights Council membership 2025-2027']),
    ('spotak-receives-dyussenbayev-pilsen-2024', array[
        'Kazakhstan''s economic development', 'Mineral resources for new technologies',
        'Transport corridor between Asia and the EU', 'Cooperation with Czech technology, science and research companies']),
    ('dyussenbayev-visits-skoda-transportation-2024', array['Trains, trams and trolleybuses for Kazakhstan']),
    ('dyussenbayev-visits-pilsner-urquell-2024', array['Water and energy saving']),
    ('vassilenko-kozak-talks-prague-2024', array[
        'Political contacts', 'Trade and economic cooperation', 'Cultural and humanitarian cooperation',
        'Preparation of the intergovernmental commission session', 'Regional and international issues',
        'Cooperation in the UN and OSCE', 'EU-Kazakhstan Enhanced Partnership and Cooperation Agreement',
        'Czech companies of interest to Kazakhstan', 'Przewalski''s horse reintroduction']),
    ('globsec-forum-prague-2024', array['Global and regional strategic issues']),
    ('tokayev-visit-brussels-2021', array[
        'Green transition under the European Green Deal', 'Trade and investment',
        'Connectivity in energy and raw materials', 'Transport corridors and logistics', 'Environment',
        'Post-pandemic recovery', 'Regional security and Afghanistan']),
    ('central-asia-eu-special-envoys-almaty-2022', array['Afghanistan']),
    ('transit-transport-roundtable-brussels-2022', array['Middle Corridor', 'Transit and transport cooperation']),
    ('central-asia-consultative-meeting-2021', array[
        'Trade and investment', 'Energy', 'Agriculture', 'Transport and transit', 'Ecology', 'Trade facilitation',
        'Afghanistan', 'Security and cooperation in Central Asia'])
) as m (m, topics),
unnest(m.topics) with ordinality as t (topic, ordinality);
