-- Every change to stored facts also announces the new data version on the channel data_version (pg_notify), so each
-- app instance keeps the version in memory (LISTEN) instead of reading it for every GET: a 304 costs no statement,
-- and a change made through one replica moves the ETags of all of them. PostgreSQL delivers the notification when
-- the changing transaction commits, and never if it rolls back. Same function, same triggers; only the body grows.

create or replace function bump_data_version() returns trigger
    language plpgsql as
$$
declare
    new_version bigint;
begin
    update data_version set version = version + 1, changed_at = now() where id returning version into new_version;
    perform pg_notify('data_version', new_version::text);
    return null;
end;
$$;
