-- upper bounds of RANGE indicators' targets
alter table agreement_target
    add column annual_target_upper   numeric(20, 4),
    add column quarter_targets_upper jsonb;
alter table form_row
    add column annual_target_upper numeric(20, 4),
    add column period_target_upper numeric(20, 4);
