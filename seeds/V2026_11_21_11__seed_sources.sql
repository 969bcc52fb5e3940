-- The five source documents (stored copies in shared/seeds). Titles are bibliographic data; summaries are ours.
-- Publication dates the documents do not print are inferred from their content, at month precision, and say so.
insert into source (slug, title, publisher, author, published_on, published_precision, language, kind, document_ref, summary) values
    ('dyussenbayev-interview-2025',
     'Bakyt Dyussenbayev: Kazakhstan''s courage could be an inspiration',
     null, 'Lucie Burdová', '2025-07-21', 'DAY', 'en', 'INTERVIEW', '000_86f7829bddd84883.txt',
     'Interview with the Kazakh ambassador in Prague on Czech-Kazakh relations since the 1990s: 2024 trade by '
     || 'Kazakh statistics, main commodities each way, Czech investment since 2003, Czech companies in Kazakhstan, '
     || 'the 2023 and 2024 high-level visits, the Przewalski''s horse reintroduction project, students and tourism, '
     || 'resumed Astana-Prague flights, with a short CV of the ambassador.'),
    ('pilsen-region-ambassador-visit-2024',
     'Ambassador of Kazakhstan visited the headquarters of the Pilsen Region',
     null, 'Milan Kozel', '2024-05-09', 'DAY', 'en', 'PRESS_RELEASE', '001_2631f9edbf3ce3ac.txt',
     'Report of the Kazakh ambassador''s day in the Pilsen Region on 4 April 2024: reception by the regional '
     || 'governor, visits to the University of West Bohemia, Škoda Transportation, the regional chamber of commerce '
     || 'and the Pilsner Urquell brewery, with Czech-side figures on 2022 trade and Czech companies in Kazakhstan.'),
    ('astana-times-foreign-ministers-2024',
     'Foreign Ministers of Kazakhstan, Czech Republic Ready to Expand Ties',
     'The Astana Times', null, '2024-10-01', 'MONTH', 'en', 'NEWS', '002_4c05633c43bbe29d.txt',
     'News report, based on the Kazakh foreign ministry''s press service, of the 21 October 2024 talks in Astana '
     || 'between foreign ministers Murat Nurtleu and Jan Lipavský, the memorandum between the two foreign ministries '
     || 'signed there, and Kazakh figures for 2023 and 2024 trade and Czech direct investment. The page prints no '
     || 'publication date; October 2024 follows from the meeting it reports.'),
    ('kazinform-vassilenko-prague-2024',
     'Kazinform: Deputy Foreign Minister Roman Vassilenko''s working visit to Prague',
     'Kazinform News Agency', null, '2024-09-02', 'DAY', 'en', 'NEWS', '003_5d848e7e4ed67684.txt',
     'Agency report, citing the Kazakh foreign ministry, of Roman Vassilenko''s talks with Jiří Kozák in Prague '
     || 'and his part in the GLOBSEC 2024 forum, with State Revenue Committee trade figures for 2023 and 2024 and '
     || 'Czech direct investment in Kazakhstan 2005-2024. The document has no headline of its own; this title '
     || 'describes it.'),
    ('baimukhan-eu-interview-2022',
     'Interview with the Ambassador of Kazakhstan to the EU',
     null, null, '2022-06-01', 'MONTH', 'en', 'INTERVIEW', '004_c9849ec4a59ec069.txt',
     'Interview with Margulan Baimukhan, head of Kazakhstan''s mission to the EU, after the constitutional '
     || 'referendum of 5 June 2022: reforms, Central Asian cooperation, the Middle Corridor, EU-Kazakhstan relations '
     || 'with 2020-2021 trade and investment figures, and Kazakh culture. The page prints no date; June 2022 follows '
     || 'from the referendum it reports as past and the 15 June 2022 roundtable it announces.');
