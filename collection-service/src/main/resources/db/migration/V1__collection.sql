-- collection-service's own copy of signed agreements, built from PerformanceAgreementSigned events
create table agreement_copy (
    agreement_id      uuid primary key,
    agency_code       varchar(40) not null,
    region_code       varchar(4),
    province_code     varchar(2),
    year              integer not null,
    agreement_version integer not null,
    signed_at         timestamptz not null,
    received_at       timestamptz not null
);
create index agreement_copy_agency_year on agreement_copy (agency_code, year, agreement_version);

create table agreement_target (
    id               uuid primary key,
    agreement_id     uuid not null references agreement_copy (agreement_id) on delete cascade,
    position         integer not null,
    indicator_code   varchar(60) not null,
    indicator_name   varchar(500) not null,
    sasaran          varchar(500),
    unit_of_measure  varchar(40) not null,
    polarity         varchar(30) not null,
    aggregation      varchar(30) not null,
    responsible_unit varchar(60) not null,
    annual_target    numeric(20, 4) not null,
    q1_target        numeric(20, 4) not null,
    q2_target        numeric(20, 4) not null,
    q3_target        numeric(20, 4) not null,
    q4_target        numeric(20, 4) not null
);

create table collection_round (
    id                uuid primary key,
    agency_code       varchar(40) not null,
    region_code       varchar(4),
    province_code     varchar(2),
    year              integer not null,
    period            varchar(3) not null,
    status            varchar(20) not null,
    agreement_id      uuid not null references agreement_copy (agreement_id),
    agreement_version integer not null,
    opened_by         varchar(200) not null,
    opened_at         timestamptz not null,
    recap_compiled_by varchar(200),
    recap_compiled_at timestamptz,
    approved_by       varchar(200),
    approved_at       timestamptz,
    version           bigint not null default 0,
    unique (agency_code, year, period)
);

create table collection_form (
    id           uuid primary key,
    round_id     uuid not null references collection_round (id),
    unit_code    varchar(60) not null,
    status       varchar(20) not null,
    submitted_by varchar(200),
    submitted_at timestamptz,
    version      bigint not null default 0,
    unique (round_id, unit_code)
);

create table form_row (
    id              uuid primary key,
    form_id         uuid not null references collection_form (id) on delete cascade,
    position        integer not null,
    indicator_code  varchar(60) not null,
    indicator_name  varchar(500) not null,
    sasaran         varchar(500),
    unit_of_measure varchar(40) not null,
    polarity        varchar(30) not null,
    annual_target   numeric(20, 4) not null,
    period_target   numeric(20, 4) not null,
    realisasi       numeric(20, 4),
    keterangan      varchar(2000)
);
