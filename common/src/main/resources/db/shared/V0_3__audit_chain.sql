-- The audit trail of every service: one hash chain per agency. Each record's hash covers its
-- content and the previous record's hash; audit_head holds the chain's end, so a changed, deleted
-- or truncated record is detected by GET /audit/verify (see ADR 9).
create table audit_head (
    agency_code varchar(100) primary key,
    last_seq    bigint       not null,
    last_hash   varchar(64)  not null
);

create table audit_record (
    agency_code  varchar(100)  not null,
    seq          bigint        not null,
    id           uuid          not null unique,
    at           timestamptz   not null,
    actor        varchar(200)  not null,
    action       varchar(60)   not null,
    entity_type  varchar(60)   not null,
    entity_id    varchar(100),
    before_state text,
    after_state  text,
    reason       varchar(2000),
    prev_hash    varchar(64)   not null,
    hash         varchar(64)   not null,
    primary key (agency_code, seq)
);
create index audit_record_entity on audit_record (entity_type, entity_id);
