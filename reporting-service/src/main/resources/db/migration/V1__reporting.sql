-- read model of computed measurements; indicators kept as the event's JSON
create table measurement_summary (
    measurement_id     uuid primary key,
    round_id           uuid not null,
    agency_code        varchar(40) not null,
    region_code        varchar(4),
    province_code      varchar(2),
    year               integer not null,
    period             varchar(3) not null,
    computed_at        timestamptz not null,
    average_capaian    numeric(12, 2),
    category           varchar(30),
    achieved_count     integer not null,
    not_achieved_count integer not null,
    indicators         jsonb not null,
    received_at        timestamptz not null
);
create index measurement_summary_agency on measurement_summary (agency_code, year, period);
