-- the indicator's unit of measure (satuan) beside its results, so a screen or a dashboard shows
-- "82 %" without asking indicator-service; null for measurements computed before this version
ALTER TABLE measurement_indicator ADD COLUMN unit_of_measure text;
