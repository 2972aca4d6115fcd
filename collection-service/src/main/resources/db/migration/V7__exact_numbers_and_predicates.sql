-- Numbers are stored exactly as accepted (id.sakip.common.input.Numbers: at most 15 digits before the
-- decimal point and 6 after), never rounded to 4 decimals; predicate indicators carry their scale.
alter table agreement_target
    alter column annual_target type numeric,
    alter column q1_target type numeric,
    alter column q2_target type numeric,
    alter column q3_target type numeric,
    alter column q4_target type numeric,
    alter column annual_target_upper type numeric,
    add column predicate_scale jsonb;
alter table form_row
    alter column annual_target type numeric,
    alter column period_target type numeric,
    alter column realisasi type numeric,
    alter column annual_target_upper type numeric,
    alter column period_target_upper type numeric,
    alter column target_to_date type numeric,
    add column predicate_scale jsonb;
