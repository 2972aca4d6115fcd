-- Values are kept exactly as collected (never rounded to 4 decimals); predicate indicators keep their
-- scale (targets and realisasi shown as labels); the to-date and annual capaian get their own band.
alter table measurement_indicator
    alter column target type numeric,
    alter column realisasi type numeric,
    alter column target_upper type numeric,
    alter column annual_target type numeric,
    alter column realisasi_to_date type numeric,
    alter column target_to_date type numeric,
    add column predicate_scale jsonb,
    add column category_to_date varchar(30),
    add column category_of_year varchar(30);
