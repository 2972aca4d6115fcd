-- documents generated off the request thread (large ones): queued, rendered by a worker, fetched when done
create table document_job (
    id            uuid primary key,
    agency_code   varchar(40) not null,
    province_code varchar(2),
    kind          varchar(30) not null,
    subject_id    uuid,
    year          integer,
    format        varchar(10) not null,
    status        varchar(20) not null,
    error         varchar(1000),
    file_name     varchar(255),
    content_type  varchar(150),
    sha256        varchar(64),
    content       bytea,
    requested_by  varchar(200) not null,
    requested_at  timestamptz not null,
    finished_at   timestamptz
);
create index document_job_pending on document_job (requested_at) where status = 'PENDING';
