-- The measurement SOP per agency and period (sop_instance id = measurement_round id)
create table measurement_round (
    id                  uuid primary key,
    agency_code         varchar(40) not null,
    region_code         varchar(4),
    province_code       varchar(2),
    year                integer not null,
    period              varchar(4) not null,
    status              varchar(20) not null,
    ordered_by          varchar(200) not null,
    ordered_at          timestamptz not null,
    measurement_id      uuid references measurement (id),
    measurement_version integer,
    computed_by         varchar(200),
    computed_at         timestamptz,
    approved_by         varchar(200),
    approved_at         timestamptz,
    signed_by           varchar(200),
    signed_at           timestamptz,
    signatory_name      varchar(200),
    signatory_nip       varchar(18),
    signatory_position  varchar(200),
    archived_at         timestamptz,
    version             bigint not null default 0,
    unique (agency_code, year, period)
);
-- the units' explanations travel with the values, for the list of indicators not achieved
alter table measurement_indicator add column keterangan varchar(2000);
alter table measurement_indicator add column responsible_unit varchar(60);
