create table agency (
    code          varchar(40) primary key,
    name          varchar(300) not null,
    type          varchar(40) not null,
    region_code   varchar(4) not null,
    province_code varchar(2) not null,
    address       varchar(500),
    created_at    timestamptz not null,
    version       bigint not null default 0
);
create index agency_province on agency (province_code);

create table indicator (
    id               uuid primary key,
    agency_code      varchar(40) not null references agency (code),
    code             varchar(60) not null,
    name             varchar(500) not null,
    kind             varchar(30) not null,
    sasaran          varchar(500),
    unit_of_measure  varchar(40) not null,
    polarity         varchar(30) not null,
    aggregation      varchar(30) not null,
    frequency        varchar(30) not null,
    responsible_unit varchar(60) not null,
    created_at       timestamptz not null,
    version          bigint not null default 0,
    unique (agency_code, code)
);

create table performance_agreement (
    id                 uuid primary key,
    agency_code        varchar(40) not null references agency (code),
    year               integer not null,
    agreement_version  integer not null,
    status             varchar(20) not null,
    signatory_name     varchar(200),
    signatory_nip      varchar(30),
    signatory_position varchar(200),
    signed_at          timestamptz,
    created_at         timestamptz not null,
    version            bigint not null default 0,
    unique (agency_code, year, agreement_version)
);

create table agreement_item (
    id            uuid primary key,
    agreement_id  uuid not null references performance_agreement (id) on delete cascade,
    indicator_id  uuid not null references indicator (id),
    position      integer not null,
    annual_target numeric(20, 4) not null,
    q1_target     numeric(20, 4) not null,
    q2_target     numeric(20, 4) not null,
    q3_target     numeric(20, 4) not null,
    q4_target     numeric(20, 4) not null,
    unique (agreement_id, indicator_id)
);
