-- returns, reopening after approval, approval versions, and the audit trail of state changes
alter table collection_round add column recap_version integer not null default 0;
alter table collection_form add column return_reason varchar(2000);

create table round_audit (
    id          uuid primary key,
    round_id    uuid not null references collection_round (id),
    form_id     uuid,
    at          timestamptz not null,
    actor       varchar(200) not null,
    action      varchar(40) not null,
    from_status varchar(20),
    to_status   varchar(20),
    reason      varchar(2000)
);
create index round_audit_round on round_audit (round_id, at);
