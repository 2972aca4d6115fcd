-- The audit chain becomes keyed (HMAC-SHA256 with a secret outside the database, id.sakip.common.audit)
-- and append-only for the service: the tables belong to the role that runs these migrations; the role
-- the service queries with (${appRole}) may read and insert audit records, never change or remove them.
alter table audit_record add column hash_scheme smallint not null default 1;
alter table audit_head add column head_mac varchar(64);

do $$
begin
    if '${appRole}' <> current_user then
        execute format('grant usage on schema public to %I', '${appRole}');
        execute format('grant select, insert, update, delete on all tables in schema public to %I', '${appRole}');
        execute format('grant usage, select on all sequences in schema public to %I', '${appRole}');
        execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
                       '${appRole}');
        execute format('alter default privileges in schema public grant usage, select on sequences to %I', '${appRole}');
        -- the trail: records are read and appended only; the head (the chain's end, keyed) moves forward
        execute format('revoke update, delete, truncate on audit_record from %I', '${appRole}');
        execute format('revoke delete, truncate on audit_head from %I', '${appRole}');
        -- the migration history is the owner's
        execute format('revoke all on flyway_schema_history from %I', '${appRole}');
    end if;
end
$$;
