-- Organisation: units with dated names, officials with their positions and Tim SAKIP membership
create table unit (
    id          uuid primary key,
    agency_code varchar(40) not null references agency (code),
    code        varchar(60) not null,
    kind        varchar(20) not null,
    created_at  timestamptz not null,
    version     bigint not null default 0,
    unique (agency_code, code)
);

-- a unit's name from valid_from until the next row's valid_from: a rename never rewrites history
create table unit_name (
    unit_id    uuid not null references unit (id) on delete cascade,
    valid_from date not null,
    name       varchar(300) not null,
    primary key (unit_id, valid_from)
);

create table official (
    id          uuid primary key,
    agency_code varchar(40) not null references agency (code),
    name        varchar(200) not null,
    nip         varchar(18) not null,
    position    varchar(200) not null,
    role        varchar(20) not null,
    unit_code   varchar(60),
    tim_sakip   boolean not null default false,
    valid_from  date not null,
    valid_to    date,
    version     bigint not null default 0
);
create index official_agency on official (agency_code);

-- Renstra: a 5-year plan and its tree tujuan > sasaran > program > kegiatan > sub-kegiatan
create table strategic_plan (
    id          uuid primary key,
    agency_code varchar(40) not null references agency (code),
    name        varchar(300) not null,
    start_year  integer not null,
    end_year    integer not null,
    created_at  timestamptz not null,
    version     bigint not null default 0,
    unique (agency_code, start_year)
);

create table plan_node (
    id        uuid primary key,
    plan_id   uuid not null references strategic_plan (id) on delete cascade,
    parent_id uuid references plan_node (id),
    level     varchar(20) not null,
    code      varchar(60) not null,
    name      varchar(500) not null,
    position  integer not null,
    unique (plan_id, code)
);

alter table indicator
    add column node_id        uuid references plan_node (id),
    add column supports_id    uuid references indicator (id),
    add column definition     varchar(2000),
    add column formula        varchar(1000),
    add column data_source    varchar(500),
    add column baseline       numeric(20, 4),
    add column end_target     numeric(20, 4),
    add column predicate_scale jsonb;

alter table performance_agreement
    add column kind           varchar(20) not null default 'HEAD',
    add column signatory_unit varchar(60),
    add column supersedes_id  uuid references performance_agreement (id);
alter table performance_agreement drop constraint performance_agreement_agency_code_year_agreement_version_key;
alter table performance_agreement
    add constraint performance_agreement_version_key
        unique nulls not distinct (agency_code, year, kind, signatory_unit, agreement_version);

alter table agreement_item add column month_targets jsonb;
