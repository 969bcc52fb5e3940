-- Curation: API keys (stored only as SHA-256 hashes) and an audit log written by triggers, in the same
-- transaction as the change it records, so history can never be lost or half-written.

create table api_key (
    id          bigint generated always as identity primary key,
    name        text        not null check (length(trim(name)) > 0),
    role        text        not null check (role in ('CURATOR', 'ADMIN')),
    key_prefix  text        not null,
    key_hash    text        not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
    created_at  timestamptz not null default now(),
    created_by  text        not null,
    revoked_at  timestamptz
);

comment on column api_key.key_prefix is 'First characters of the key, to recognise it in listings; never enough to use it';

-- Who is making the change: the application sets app.actor for each write transaction.
create table audit_log (
    id         bigint generated always as identity primary key,
    table_name text        not null,
    row_id     bigint      not null,
    action     text        not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
    changed_at timestamptz not null default now(),
    actor      text        not null,
    row_data   jsonb       not null
);

create index audit_log_row_idx on audit_log (table_name, row_id, id);
create index audit_log_slug_idx on audit_log (table_name, (row_data ->> 'slug'));

create function audit_row_change() returns trigger
    language plpgsql as
$$
declare
    changed record;
begin
    if tg_op = 'DELETE' then
        changed := old;
    else
        changed := new;
    end if;
    insert into audit_log (table_name, row_id, action, actor, row_data)
    values (tg_table_name, changed.id, tg_op,
            coalesce(nullif(current_setting('app.actor', true), ''), current_user),
            to_jsonb(changed) - 'search_vector');
    return null;
end;
$$;

do
$$
declare
    t text;
begin
    foreach t in array array ['source', 'organization', 'organization_engagement', 'person', 'post_held', 'meeting',
                              'agreement', 'project', 'project_milestone', 'project_target', 'trade_figure',
                              'commodity_group', 'diplomatic_relation']
    loop
        execute format('create trigger %I after insert or update or delete on %I '
                           || 'for each row execute function audit_row_change()', t || '_audited', t);
    end loop;
end;
$$;

-- The seed data is history's starting point.
insert into audit_log (table_name, row_id, action, actor, row_data, changed_at)
select 'source', id, 'INSERT', 'seed', to_jsonb(s) - 'search_vector', created_at from source s
union all select 'organization', id, 'INSERT', 'seed', to_jsonb(o) - 'search_vector', created_at from organization o
union all select 'person', id, 'INSERT', 'seed', to_jsonb(p) - 'search_vector', created_at from person p
union all select 'post_held', id, 'INSERT', 'seed', to_jsonb(ph), created_at from post_held ph
union all select 'meeting', id, 'INSERT', 'seed', to_jsonb(m) - 'search_vector', created_at from meeting m
union all select 'agreement', id, 'INSERT', 'seed', to_jsonb(a) - 'search_vector', created_at from agreement a
union all select 'project', id, 'INSERT', 'seed', to_jsonb(p) - 'search_vector', created_at from project p
union all select 'trade_figure', id, 'INSERT', 'seed', to_jsonb(t), created_at from trade_figure t;
