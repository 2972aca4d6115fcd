create table measurement (
    id                 uuid primary key,
    round_id           uuid not null unique,
    agency_code        varchar(40) not null,
    region_code        varchar(4),
    province_code      varchar(2),
    year               integer not null,
    period             varchar(3) not null,
    computed_at        timestamptz not null,
    average_capaian    numeric(12, 2),
    category           varchar(30),
    achieved_count     integer not null,
    not_achieved_count integer not null
);
create index measurement_agency on measurement (agency_code, year, period);

create table measurement_indicator (
    id              uuid primary key,
    measurement_id  uuid not null references measurement (id) on delete cascade,
    position        integer not null,
    indicator_code  varchar(60) not null,
    indicator_name  varchar(500) not null,
    polarity        varchar(30) not null,
    target          numeric(20, 4),
    realisasi       numeric(20, 4),
    capaian         numeric(12, 2),
    category        varchar(30),
    achieved        boolean not null
);
