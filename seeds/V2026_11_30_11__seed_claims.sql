-- Claims (issue 14): facts the documents state that no other table holds, each citing its sources; each source's
-- own version where sources disagree on a stored fact (VARIANT); and editorial notes (EDITORIAL), general knowledge
-- kept beside the facts it explains, marked as such and citing no document. Statements are our paraphrases.

select set_config('app.actor', 'seed', true);

create or replace function pg_temp.src(text) returns bigint language sql stable as 'select id from source where slug = $1';

create temporary table seed_claim (slug text primary key, countries text[], sources text[]) on commit drop;

with claims (slug, kind, topic, title, statement, about, occurred_on, date_precision, date_note, note, countries, sources) as (
    values
    -- Statements of the 2025 interview with the Kazakh ambassador in Prague
    ('kazakh-visitors-to-czech-cities', 'STATEMENT', 'TOURISM', 'Kazakh visitors to Czech cities',
     'Every year tens of thousands of visitors from Kazakhstan come to Czech cities, according to the Kazakh ambassador.',
     null, null::date, null, null, 'No exact number or year is given; the interview dates from July 2025.',
     array['KZ', 'CZ'], array['dyussenbayev-interview-2025']),
    ('czech-kazakh-business-interests', 'STATEMENT', 'BUSINESS', 'Main business interests',
     'The ambassador names aviation and engineering, energy, transport, agriculture and pharmaceuticals as the main '
     || 'fields of interest of the business community, with promising projects in aviation, engineering, mining '
     || 'technology and agriculture.',
     null, null, null, null, null, array['KZ', 'CZ'], array['dyussenbayev-interview-2025']),
    ('czech-kazakh-new-directions', 'STATEMENT', 'BUSINESS', 'New directions of cooperation',
     'Newer fields of Czech-Kazakh cooperation, per the ambassador: nanotechnology, modern methods of livestock breeding, '
     || 'hydrogen production and mining technology.',
     null, null, null, null, null, array['KZ', 'CZ'], array['dyussenbayev-interview-2025']),
    ('energy-and-climate-security', 'STATEMENT', 'ENERGY', 'Energy and climate security',
     'Both countries want to rely less on fossil fuels for their electricity, and the Kazakh side sees energy and climate '
     || 'security as promising fields for more cooperation.',
     null, null, null, null, 'The October 2024 report has the Kazakh foreign minister naming the same two fields.',
     array['KZ', 'CZ'], array['dyussenbayev-interview-2025', 'astana-times-foreign-ministers-2024']),
    ('czech-experience-of-interest-to-kazakhstan', 'STATEMENT', 'BUSINESS', 'Czech experience of interest to Kazakhstan',
     'The ambassador finds Czech experience in industrial and technological development, in urban infrastructure '
     || '(energy efficiency, water and waste management) and in preserving historical heritage of interest to Kazakhstan.',
     null, null, null, null, null, array['KZ', 'CZ'], array['dyussenbayev-interview-2025']),
    ('what-kazakhstan-and-czechia-share', 'STATEMENT', 'DIPLOMACY', 'What the two countries share',
     'Per the ambassador, both countries are landlocked, lie between East and West as transit and logistics hubs of '
     || 'their regions, are medium-sized economies influenced by large neighbours, and once had planned economies.',
     null, null, null, null, null, array['KZ', 'CZ'], array['dyussenbayev-interview-2025']),
    ('kazakhstan-born-bold-campaign', 'STATEMENT', 'CULTURE', 'The "Kazakhstan: Born Bold" campaign',
     'Kazakhstan has launched an international branding campaign, "Kazakhstan: Born Bold", presenting the courage, '
     || 'ambition, openness and flexibility of the country and its people.',
     null, null, null, null, 'The interview gives no launch date.', array['KZ'], array['dyussenbayev-interview-2025']),
    ('almaty-capital-until-1997', 'STATEMENT', 'HISTORY', 'Almaty was the capital until 1997',
     'Astana is Kazakhstan''s capital; until 1997 the capital was Almaty. The ambassador gives the geo-economic situation '
     || 'as the main reason for the move: the south around Almaty was more developed and crowded than the north, and the '
     || 'regions were to be balanced.',
     null, date '1997-01-01', 'YEAR', null, null, array['KZ'], array['dyussenbayev-interview-2025']),
    -- The Pilsen Region's report of May 2024
    ('kazakhstan-as-trading-partner-per-pilsen-region', 'STATEMENT', 'TRADE', 'Kazakhstan as a trading partner',
     'The Pilsen Region''s report calls Kazakhstan the richest country in Central Asia and says that the Czech Republic '
     || 'has historically had very good trade relations with it.',
     null, null, null, null, null, array['KZ', 'CZ'], array['pilsen-region-ambassador-visit-2024']),
    -- The Astana Times report of October 2024
    ('kazakhstan-nuclear-power-referendum', 'STATEMENT', 'ENERGY', 'Referendum in favour of a nuclear power plant',
     'A referendum in Kazakhstan came out in favour of building a nuclear power plant; citing it, the Kazakh foreign '
     || 'minister showed interest in Czech experience in the field in October 2024.',
     null, null, null, null, 'The report does not date the referendum.', array['KZ', 'CZ'],
     array['astana-times-foreign-ministers-2024']),
    -- The 2022 interview with the head of Kazakhstan's mission to the EU
    ('kazakhstan-constitutional-referendum-2022', 'STATEMENT', 'POLITICS', 'Constitutional referendum of 5 June 2022',
     'Kazakhstan''s voters approved changes to 31 articles of the constitution and two new articles, moving powers from '
     || 'the president to other institutions: among them a smaller lower chamber (98 deputies instead of 107, 70% elected '
     || 'by party lists and 30% directly) and a constitutional court.',
     null, date '2022-06-05', 'DAY', null, null, array['KZ'], array['baimukhan-eu-interview-2022']),
    ('middle-corridor-challenges', 'STATEMENT', 'TRANSPORT', 'Middle Corridor: tariff and containers',
     'For Kazakhstan the main challenges of the Middle Corridor are a competitive unified tariff for Kazakh businesses '
     || 'and the containerisation of cargo.',
     '/api/v1/projects/middle-corridor-titr', null, null, null, 'As the mission to the EU saw it in June 2022.',
     array['KZ'], array['baimukhan-eu-interview-2022']),
    ('export-cargo-to-latvian-ports', 'STATEMENT', 'TRANSPORT', 'Export cargo redirected to Latvian ports',
     'From March 2022 Kazakh export cargo was redirected to the Latvian ports of Liepaja, Riga and Ventspils, as well as '
     || 'to the Middle Corridor.',
     null, date '2022-03-01', 'MONTH', null, null, array['KZ', 'LV'], array['baimukhan-eu-interview-2022']),
    ('dimash-qudaibergen-concerts', 'STATEMENT', 'CULTURE', 'Dimash Qudaibergen''s sold-out concerts',
     'The Kazakh singer Dimash Qudaibergen, known for a pop-opera style, has had sold-out concerts in the United States, '
     || 'Great Britain, Germany and the Czech Republic.',
     null, null, null, null, 'The interview (June 2022) gives no dates.', array['KZ', 'CZ', 'US', 'GB', 'DE'],
     array['baimukhan-eu-interview-2022']),
    -- Where sources disagree: each source's version
    ('altyn-dala-named-national-reserve', 'VARIANT', 'ENVIRONMENT', 'The reserve''s name in the 2025 interview',
     'The 2025 interview calls the reserve that received the first horses the Altyn Dala National Reserve.',
     '/api/v1/organizations/altyn-dala-state-natural-reserve', null, null, null, null, array['KZ'],
     array['dyussenbayev-interview-2025']),
    ('altyn-dala-named-state-natural-reserve', 'VARIANT', 'ENVIRONMENT', 'The reserve''s name in the October 2024 report',
     'The October 2024 report calls it the Altyn Dala State Natural Reserve, the name the record uses.',
     '/api/v1/organizations/altyn-dala-state-natural-reserve', null, null, null, null, array['KZ'],
     array['astana-times-foreign-ministers-2024']),
    ('przewalski-project-memorandum-2023', 'VARIANT', 'ENVIRONMENT', 'Horse project: a memorandum signed in 2023',
     'The 2025 interview says a memorandum on the Przewalski''s horse project was signed in 2023, during the Czech Prime '
     || 'Minister''s visit to Astana.',
     '/api/v1/projects/przewalski-horse-reintroduction', date '2023-01-01', 'YEAR', null, null, array['KZ', 'CZ'],
     array['dyussenbayev-interview-2025']),
    ('przewalski-project-launch-discussed-2024', 'VARIANT', 'ENVIRONMENT', 'Horse project: its launch discussed in October 2024',
     'The October 2024 report says the two foreign ministers discussed launching the Przewalski''s horse project; it '
     || 'mentions no earlier memorandum.',
     '/api/v1/projects/przewalski-horse-reintroduction', date '2024-10-21', 'DAY',
     'The day of the meeting; the report prints no year (2024 from its context).', null, array['KZ', 'CZ'],
     array['astana-times-foreign-ministers-2024']),
    -- Editorial notes: general knowledge, citing no document
    ('editorial-charles-michel-european-council', 'EDITORIAL', 'PEOPLE', 'Charles Michel presided the European Council',
     'Editorial note: in November 2021 Charles Michel was President of the European Council. The interview calls him '
     || 'President only.',
     '/api/v1/officials/charles-michel', null, null, null, null, array['EU'], array[]::text[]),
    ('editorial-von-der-leyen-european-commission', 'EDITORIAL', 'PEOPLE', 'Ursula von der Leyen presided the European Commission',
     'Editorial note: in November 2021 Ursula von der Leyen was President of the European Commission. The interview '
     || 'calls her President only.',
     '/api/v1/officials/ursula-von-der-leyen', null, null, null, null, array['EU'], array[]::text[]),
    ('editorial-maersk-home-country', 'EDITORIAL', 'BUSINESS', 'Maersk is Danish',
     'Editorial note: Maersk is a Danish company. The interview gives a home country only for PSA International '
     || '(Singapore).',
     '/api/v1/organizations/maersk', null, null, null, null, array[]::text[], array[]::text[]),
    ('editorial-msc-home-country', 'EDITORIAL', 'BUSINESS', 'MSC is based in Switzerland',
     'Editorial note: MSC is a shipping company based in Switzerland. The interview gives no country for it.',
     '/api/v1/organizations/msc', null, null, null, null, array[]::text[], array[]::text[]),
    ('editorial-cosco-shipping-home-country', 'EDITORIAL', 'BUSINESS', 'Cosco Shipping is Chinese',
     'Editorial note: Cosco Shipping is a Chinese company. The interview gives no country for it.',
     '/api/v1/organizations/cosco-shipping', null, null, null, null, array['CN'], array[]::text[]),
    ('editorial-central-asian-republics', 'EDITORIAL', 'DIPLOMACY', 'The Central Asian republics',
     'Editorial note: the Central Asian republics are Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. '
     || 'The interview does not list the leaders who met in Turkmenistan in August 2021 or adopted the joint statement.',
     '/api/v1/agreements/central-asia-leaders-joint-statement-2021', null, null, null, null, array['KZ', 'TM'],
     array[]::text[]),
    ('editorial-epca-dates', 'EDITORIAL', 'DIPLOMACY', 'EU-Kazakhstan EPCA: signed 2015, in force 2020',
     'Editorial note: the EU-Kazakhstan Enhanced Partnership and Cooperation Agreement was signed in December 2015 and '
     || 'entered into force on 1 March 2020. Neither source gives these dates or its status.',
     '/api/v1/agreements/eu-kz-enhanced-partnership-cooperation-agreement', null, null, null, null,
     array['EU', 'KZ'], array[]::text[]),
    ('editorial-jiri-kozak-spelling', 'EDITORIAL', 'PEOPLE', 'Spelling of Jiří Kozák''s name',
     'Editorial note: the record spells the first name Jiří, the usual Czech spelling; the Kazinform report prints it '
     || 'as Jíři.',
     '/api/v1/officials/jiri-kozak', null, null, null, null, array['CZ'], array[]::text[]),
    ('editorial-pilsen-region-seat', 'EDITORIAL', 'PEOPLE', 'Plzeň, seat of the Pilsen Region',
     'Editorial note: the seat of the Pilsen Region is the city of Plzeň. The report of the ambassador''s visit names '
     || 'only the region, so the meetings of that visit carry no city.',
     '/api/v1/organizations/pilsen-region', null, null, null, null, array['CZ'], array[]::text[]),
    ('editorial-capitals', 'EDITORIAL', 'HISTORY', 'Capitals not stored',
     'Editorial note: country records give a capital only for Kazakhstan (Astana), the one capital a document names. '
     || 'Others, such as Prague for the Czech Republic or Brussels as the seat of the EU institutions, are general '
     || 'knowledge and are not stored.',
     null, null, null, null, null, array[]::text[], array[]::text[])
),
inserted as (
    insert into claim (slug, kind, topic, title, statement, about, occurred_on, date_precision, date_note, note)
    select slug, kind, topic, title, statement, about, occurred_on, date_precision, date_note, note
    from claims
    order by slug
    returning slug
)
insert into seed_claim (slug, countries, sources)
select c.slug, c.countries, c.sources
from claims c
join inserted i on i.slug = c.slug;

insert into claim_country (claim_id, country_code)
select cl.id, unnest(sc.countries)
from seed_claim sc
join claim cl on cl.slug = sc.slug;

insert into claim_source (claim_id, source_id)
select cl.id, pg_temp.src(s)
from seed_claim sc
join claim cl on cl.slug = sc.slug,
unnest(sc.sources) as s;
