-- read models for the documents, the reports with their stored files, and the LKjIP narratives
alter table measurement_summary alter column period type varchar(4);
alter table measurement_summary
    add column payload     jsonb,
    add column approved_by varchar(200),
    add column approved_at timestamptz,
    add column signed_by   varchar(200),
    add column signed_at   timestamptz;

create table agency_profile (
    agency_code   varchar(40) primary key,
    name          varchar(300) not null,
    type          varchar(40),
    region_code   varchar(4),
    province_code varchar(2),
    updated_at    timestamptz not null
);

create table pk_record (
    agreement_id      uuid primary key,
    agency_code       varchar(40) not null,
    year              integer not null,
    kind              varchar(20) not null,
    signatory_unit    varchar(60),
    agreement_version integer not null,
    signed_at         timestamptz not null,
    payload           jsonb not null
);
create index pk_record_agency_year on pk_record (agency_code, year, kind, agreement_version);

create table round_record (
    round_id      uuid primary key,
    agency_code   varchar(40) not null,
    region_code   varchar(4),
    province_code varchar(2),
    year          integer not null,
    period        varchar(4) not null,
    recap_version integer not null default 0,
    approved_by   varchar(200),
    approved_at   timestamptz,
    rows          jsonb,
    units         jsonb not null,
    returns       jsonb not null,
    updated_at    timestamptz not null
);
create index round_record_agency on round_record (agency_code, year, period);

create table lkjip_narrative (
    id          uuid primary key,
    agency_code varchar(40) not null,
    year        integer not null,
    sasaran     varchar(500) not null,
    causes      varchar(4000),
    solutions   varchar(4000),
    programs    varchar(4000),
    updated_by  varchar(200) not null,
    updated_at  timestamptz not null,
    version     bigint not null default 0,
    unique (agency_code, year, sasaran)
);

-- a report (one version of one document) going through the LAKIP flow; sop_instance id = report id
create table report (
    id                 uuid primary key,
    agency_code        varchar(40) not null,
    region_code        varchar(4),
    province_code      varchar(2),
    kind               varchar(30) not null,
    year               integer not null,
    period             varchar(4),
    subject_id         uuid,
    report_version     integer not null,
    supersedes_id      uuid references report (id),
    status             varchar(20) not null,
    title              varchar(300) not null,
    document_number    varchar(100),
    place              varchar(100),
    signatory_name     varchar(200),
    signatory_nip      varchar(18),
    signatory_position varchar(200),
    counterparty       jsonb,
    signed_by          varchar(200),
    signed_at          timestamptz,
    sent_at            timestamptz,
    ordered_by         varchar(200) not null,
    ordered_at         timestamptz not null,
    version            bigint not null default 0
);
create index report_agency on report (agency_code, kind, year);

-- every generated file: never updated; a signed file is never replaced (a correction is a new report version)
create table report_file (
    id           uuid primary key,
    report_id    uuid not null references report (id),
    seq          integer not null,
    purpose      varchar(20) not null,
    format       varchar(10) not null,
    content_type varchar(150) not null,
    file_name    varchar(255) not null,
    sha256       varchar(64) not null,
    size_bytes   bigint not null,
    content      bytea not null,
    signed       boolean not null default false,
    created_by   varchar(200) not null,
    created_at   timestamptz not null,
    unique (report_id, seq)
);
