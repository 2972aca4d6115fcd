-- The dashboard's copy of the four state topics: one row per record key, the owner's last state as
-- published (doc), and where each partition has been read to, written in the same transaction.
create table agency (
    key         text primary key,
    agency_code text not null,
    region_code text not null,
    name        text not null,
    doc         jsonb not null,
    updated_at  timestamptz not null,
    event_id    text not null
);
create index agency_region on agency (region_code, name);

create table agreement (
    key         text primary key,
    agency_code text not null,
    year        int not null,
    doc         jsonb not null,
    updated_at  timestamptz not null,
    event_id    text not null
);
create index agreement_agency on agreement (agency_code, year);

create table round_state (
    key         text primary key,
    agency_code text not null,
    year        int not null,
    period      text not null,
    doc         jsonb not null,
    updated_at  timestamptz not null,
    event_id    text not null
);
create index round_state_period on round_state (year, period);
create index round_state_agency on round_state (agency_code, year);

create table measurement (
    key                 text primary key,
    agency_code         text not null,
    year                int not null,
    period              text not null,
    measurement_version int not null,
    doc                 jsonb not null,
    updated_at          timestamptz not null,
    event_id            text not null
);
create index measurement_period on measurement (year, period);
create index measurement_agency on measurement (agency_code, year);

create table feed_offset (
    topic       text not null,
    partition   int not null,
    next_offset bigint not null,
    primary key (topic, partition)
);

grant select, insert, update, delete on agency, agreement, round_state, measurement, feed_offset to ${appRole};
