-- Shared by every service (from sakip-common): the transactional outbox and the consumer inbox.

create table outbox_event (
    id            uuid primary key,
    seq           bigserial not null unique,
    topic         varchar(200) not null,
    event_key     varchar(200) not null,
    type          varchar(200) not null,
    source        varchar(200) not null,
    subject       varchar(300),
    agency_code   varchar(40),
    region_code   varchar(10),
    province_code varchar(10),
    payload       text not null,
    traceparent   varchar(100),
    occurred_at   timestamptz not null,
    sent_at       timestamptz,
    attempts      integer not null default 0,
    last_error    varchar(1000)
);
-- the relay scans unsent rows in seq order
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;

create table processed_event (
    consumer     varchar(100) not null,
    event_id     uuid not null,
    event_type   varchar(200),
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
