-- Removes what scale-data.sql added (but the synthetic countries and source), so a larger load can follow.
\set ON_ERROR_STOP on
set session_replication_role = replica;
delete from trade_figure_source where source_id = (select id from source where slug = 'synthetic-statistics');
delete from trade_figure where country_code not in ('KZ', 'CZ', 'EU') and partner_code not in ('KZ', 'CZ', 'EU')
    and not exists (select 1 from trade_figure_source s where s.trade_figure_id = trade_figure.id);
delete from meeting_participant where meeting_id in (select id from meeting where slug like 'synthetic-%');
delete from meeting_source where meeting_id in (select id from meeting where slug like 'synthetic-%');
delete from meeting where slug like 'synthetic-%';
delete from agreement_party where agreement_id in (select id from agreement where slug like 'synthetic-%');
delete from agreement_source where agreement_id in (select id from agreement where slug like 'synthetic-%');
delete from agreement where slug like 'synthetic-%';
delete from post_held_source where post_held_id in (select ph.id from post_held ph join person p on p.id = ph.person_id where p.slug like 'synthetic-%');
delete from post_held where person_id in (select id from person where slug like 'synthetic-%');
delete from person_source where person_id in (select id from person where slug like 'synthetic-%');
delete from person where slug like 'synthetic-%';
set session_replication_role = origin;
update data_version set version = version + 1, changed_at = now();
