-- a corrected recap makes a new version of the round's measurement; the earlier ones stay readable
alter table measurement drop constraint measurement_round_id_key;
alter table measurement
    add column version_no      integer not null default 1,
    add column current_version boolean not null default true,
    add column sasaran_results jsonb;
alter table measurement add constraint measurement_round_version unique (round_id, version_no);
alter table measurement_indicator add column sasaran varchar(500);
