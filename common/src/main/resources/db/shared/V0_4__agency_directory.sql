-- The agencies a service knows to exist (see id.sakip.common.agency): writes need a registered
-- agency of the caller; provincial readers see the agencies of their own province only.
create table agency_directory (
    agency_code   varchar(40) primary key,
    name          varchar(300),
    region_code   varchar(10),
    province_code varchar(10),
    updated_at    timestamptz not null
);
create index agency_directory_province on agency_directory (province_code);
