-- Found by the benchmark (docs/performance.md): a measurement's indicator rows were found by
-- scanning every measurement_indicator of the service.
create index measurement_indicator_measurement on measurement_indicator (measurement_id);
create index measurement_round_measurement on measurement_round (measurement_id);
