-- Codes are unique without regard to letter case (id.sakip.common.input.Codes): "iku-01" is IKU-01.
create unique index agency_code_ci on agency (lower(code));
create unique index indicator_code_ci on indicator (agency_code, lower(code));
create unique index unit_code_ci on unit (agency_code, lower(code));
create unique index plan_node_code_ci on plan_node (plan_id, lower(code));

-- Numbers are stored exactly as accepted (id.sakip.common.input.Numbers), never rounded to 4 decimals.
alter table agreement_item
    alter column annual_target type numeric,
    alter column q1_target type numeric,
    alter column q2_target type numeric,
    alter column q3_target type numeric,
    alter column q4_target type numeric,
    alter column annual_target_upper type numeric;
alter table indicator
    alter column baseline type numeric,
    alter column end_target type numeric;
