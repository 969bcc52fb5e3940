-- Goods traded in each direction, as the sources name them, and the start of EU-Kazakhstan diplomatic relations.

create or replace function pg_temp.src(text) returns bigint language sql stable as 'select id from source where slug = $1';

create temporary table seed_commodity (name text, exporter char(2), category text, source text) on commit drop;

insert into seed_commodity (name, exporter, category, source) values
    ('Mineral fuels and lubricants', 'KZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Chemicals and related products', 'KZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Manufactured goods', 'KZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Raw materials', 'KZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Foodstuffs', 'KZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Live animals', 'KZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Phosphoric acids', 'KZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Flax seeds', 'KZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Crude oil', 'KZ', 'STRATEGIC', 'dyussenbayev-interview-2025'),
    ('Crude oil', 'KZ', 'STRATEGIC', 'pilsen-region-ambassador-visit-2024'),
    ('Uranium', 'KZ', 'STRATEGIC', 'pilsen-region-ambassador-visit-2024'),
    ('Machinery and transport equipment', 'CZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Pharmaceuticals packaged for retail sale', 'CZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Industrial furnaces', 'CZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Electric batteries', 'CZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Live livestock', 'CZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Equipment for thermal processing of materials', 'CZ', 'MAIN', 'dyussenbayev-interview-2025'),
    ('Nuclear reactors and boilers', 'CZ', 'FASTEST_GROWING', 'pilsen-region-ambassador-visit-2024'),
    ('Motor vehicles, tractors and bicycles', 'CZ', 'FASTEST_GROWING', 'pilsen-region-ambassador-visit-2024'),
    ('Sound recording and reproduction equipment', 'CZ', 'FASTEST_GROWING', 'pilsen-region-ambassador-visit-2024');

insert into commodity_group (exporter_code, importer_code, name, category, as_of_year, note)
select distinct exporter, case exporter when 'KZ' then 'CZ' else 'KZ' end, name, category,
       case when source = 'pilsen-region-ambassador-visit-2024' then 2024 else 2025 end,
       case name
           when 'Crude oil' then 'Kazakhstan is one of the leading oil suppliers to the Czech Republic (fourth in 2024, per Czech trade ministry data).'
           when 'Uranium' then 'Kazakh uranium reserves could serve Czech nuclear power plants; a prospect rather than a current flow.'
           when 'Manufactured goods' then 'The interview lists plain "goods" among the main exports.'
       end
from seed_commodity
where not (name = 'Crude oil' and source = 'pilsen-region-ambassador-visit-2024');

insert into commodity_group_source (commodity_group_id, source_id)
select cg.id, pg_temp.src(sc.source)
from seed_commodity sc
join commodity_group cg on cg.name = sc.name and cg.exporter_code = sc.exporter and cg.category = sc.category;

insert into diplomatic_relation (country_code, partner_code, established_on, established_precision, note)
values ('EU', 'KZ', '1993-02-02', 'DAY', 'The thirtieth anniversary fell in 2023.');

insert into diplomatic_relation_source (diplomatic_relation_id, source_id)
select id, pg_temp.src('baimukhan-eu-interview-2022') from diplomatic_relation where country_code = 'EU' and partner_code = 'KZ';
