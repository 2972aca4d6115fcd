-- measurement-service's own copy of the HEAD agreements (targets per period, aggregation, tujuan)
create table agreement_copy (
    agreement_id      uuid primary key,
    agency_code       varchar(40) not null,
    year              integer not null,
    agreement_version integer not null,
    items             jsonb not null,
    received_at       timestamptz not null
);
create index agreement_copy_agency_year on agreement_copy (agency_code, year, agreement_version);

-- an agency's capaian settings (lower-is-better method, cap, bands, roll-up); none = the defaults
create table capaian_settings (
    agency_code     varchar(40) primary key,
    lower_is_better varchar(20) not null,
    cap             numeric(12, 2),
    bands           jsonb not null,
    roll_up         varchar(30) not null,
    updated_by      varchar(200) not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0
);

alter table measurement
    add column tujuan_results    jsonb,
    add column agreement_version integer,
    add column computed_by       varchar(30) not null default 'RECAP_APPROVED';
alter table measurement_indicator
    add column tujuan            varchar(500),
    add column aggregation       varchar(20),
    add column annual_target     numeric(20, 4),
    add column realisasi_to_date numeric(20, 4),
    add column target_to_date    numeric(20, 4),
    add column capaian_to_date   numeric(12, 2),
    add column capaian_of_year   numeric(12, 2);
