-- The collection SOP as data (sop_instance id = round id), deadlines, receipts, evidence, monthly rounds
alter table agreement_target
    add column frequency           varchar(20),
    add column month_targets       jsonb,
    add column month_targets_upper jsonb;

alter table collection_round
    add column ordered_by          varchar(200),
    add column submission_deadline timestamptz,
    add column unit_deadlines      jsonb,
    add column distributed_at      timestamptz,
    add column archived_by         varchar(200),
    add column archived_at         timestamptz;
alter table collection_round alter column agreement_id drop not null;
alter table collection_round alter column period type varchar(4);

alter table collection_form
    add column deadline               timestamptz,
    add column received_by            varchar(200),
    add column received_at            timestamptz,
    add column approaching_notified_at timestamptz,
    add column overdue_notified_at    timestamptz;
-- the deadline watch looks only at unsubmitted forms with a deadline
create index collection_form_deadline on collection_form (deadline) where status = 'DRAFT' and deadline is not null;

alter table form_row
    add column target_to_date       numeric(20, 4),
    add column evidence             jsonb;
