-- Full-text search across resources: diacritics-insensitive ("Lipavsky" finds "Lipavský"), English stemming.

create extension if not exists unaccent;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes it safe to use
-- in generated columns and indexes.
create function search_text(input text) returns tsvector
    language sql immutable parallel safe
    return to_tsvector('english'::regconfig, public.unaccent('public.unaccent'::regdictionary, coalesce(input, '')));

create function search_query(input text) returns tsquery
    language sql immutable parallel safe
    return websearch_to_tsquery('english'::regconfig, public.unaccent('public.unaccent'::regdictionary, coalesce(input, '')));

alter table person add column search_vector tsvector
    generated always as (search_text(full_name || ' ' || coalesce(biography, ''))) stored;
alter table organization add column search_vector tsvector
    generated always as (search_text(name || ' ' || coalesce(description, ''))) stored;
alter table meeting add column search_vector tsvector
    generated always as (search_text(title || ' ' || coalesce(city, '') || ' ' || coalesce(summary, ''))) stored;
alter table agreement add column search_vector tsvector
    generated always as (search_text(title || ' ' || coalesce(summary, ''))) stored;
alter table project add column search_vector tsvector
    generated always as (search_text(name || ' ' || coalesce(summary, ''))) stored;
alter table source add column search_vector tsvector
    generated always as (search_text(title || ' ' || coalesce(publisher, '') || ' ' || coalesce(author, '') || ' ' || coalesce(summary, ''))) stored;

create index person_search_idx on person using gin (search_vector);
create index organization_search_idx on organization using gin (search_vector);
create index meeting_search_idx on meeting using gin (search_vector);
create index agreement_search_idx on agreement using gin (search_vector);
create index project_search_idx on project using gin (search_vector);
create index source_search_idx on source using gin (search_vector);
