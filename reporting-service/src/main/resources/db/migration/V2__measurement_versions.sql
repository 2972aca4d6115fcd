-- a corrected recap makes a new measurement version; summaries list the latest version per round
alter table measurement_summary
    add column measurement_version integer not null default 1,
    add column superseded boolean not null default false;
create index measurement_summary_round on measurement_summary (round_id, measurement_version);
