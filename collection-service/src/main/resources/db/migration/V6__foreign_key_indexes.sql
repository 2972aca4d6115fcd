-- Found by the benchmark (docs/performance.md): loading a form's rows scanned every form_row of the
-- service (57,600 in a province), and the history check per row joined through unindexed keys.
create index form_row_form on form_row (form_id, indicator_code);
create index agreement_target_agreement on agreement_target (agreement_id);
create index collection_round_agreement on collection_round (agreement_id);
