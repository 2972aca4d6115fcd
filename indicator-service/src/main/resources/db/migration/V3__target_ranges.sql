-- upper bounds of the targets of RANGE indicators (the existing targets are then the lower bounds)
alter table agreement_item
    add column annual_target_upper   numeric(20, 4),
    add column quarter_targets_upper jsonb,
    add column month_targets_upper   jsonb;
