-- Shared by every service that runs an SOP (sakip-common's id.sakip.common.sop and .attachment).

-- An agency's own variant of an SOP (steps, roles, time standards); without one the service's
-- default (the seeds' procedure) applies. Each change is a new version; running instances keep the
-- steps they started with.
create table sop_template (
    id          uuid primary key,
    procedure   varchar(40) not null,
    agency_code varchar(40) not null,
    version     integer not null,
    name        varchar(300) not null,
    steps       jsonb not null,
    created_by  varchar(200) not null,
    created_at  timestamptz not null,
    unique (procedure, agency_code, version)
);

-- One run of a procedure (a collection round, a measurement, a report) with the steps it follows.
create table sop_instance (
    id               uuid primary key,
    procedure        varchar(40) not null,
    agency_code      varchar(40) not null,
    template_name    varchar(300) not null,
    template_version integer not null,
    steps            jsonb not null,
    current_position integer,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    version          bigint not null default 0
);

-- The timeline: each time a step ran (a returned recap runs the filling steps again).
create table sop_step_run (
    id              uuid primary key,
    seq             bigserial not null,
    instance_id     uuid not null references sop_instance (id),
    position        integer not null,
    step_key        varchar(60) not null,
    iteration       integer not null,
    started_at      timestamptz not null,
    ended_at        timestamptz,
    actor           varchar(1000),
    outcome         varchar(40),
    note            varchar(4000),
    document_title  varchar(300),
    document_number varchar(100),
    document_date   date,
    attachment_ids  jsonb,
    links           jsonb
);
create index sop_step_run_instance on sop_step_run (instance_id, seq);

-- Files attached to a procedure's steps or rows (minutes, dispositions, evidence).
create table attachment (
    id           uuid primary key,
    agency_code  varchar(40) not null,
    owner_id     uuid not null,
    file_name    varchar(255) not null,
    content_type varchar(150) not null,
    size_bytes   bigint not null,
    sha256       varchar(64) not null,
    content      bytea not null,
    uploaded_by  varchar(200) not null,
    uploaded_at  timestamptz not null
);
create index attachment_owner on attachment (owner_id);
