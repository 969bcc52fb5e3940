-- One counter that moves whenever any stored fact changes. GET responses carry it in their ETag, so an
-- unchanged resource is answered 304 after one primary-key read, without running the data query.

create table data_version (
    id         boolean primary key default true check (id),
    version    bigint      not null,
    changed_at timestamptz not null
);

insert into data_version (id, version, changed_at) values (true, 1, now());

create function bump_data_version() returns trigger
    language plpgsql as
$$
begin
    update data_version set version = version + 1, changed_at = now() where id;
    return null;
end;
$$;

do
$$
declare
    t text;
begin
    for t in
        select c.relname
        from pg_class c
                 join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema()
          and c.relkind = 'r'
          and c.relname not in ('data_version', 'flyway_schema_history')
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                           || 'for each statement execute function bump_data_version()',
                       t || '_bumps_data_version', t);
    end loop;
end;
$$;
