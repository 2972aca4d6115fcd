-- The probe aggregate of the SOP kit tests: the columns every SOP aggregate has, and a closed flag.
create table probe (
    id            uuid primary key,
    agency_code   varchar(40) not null,
    region_code   varchar(4),
    province_code varchar(2),
    version       bigint      not null,
    closed        boolean     not null default false
);
