-- upper bound of a RANGE indicator's target
alter table measurement_indicator add column target_upper numeric(20, 4);
