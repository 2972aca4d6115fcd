-- the recap version a measurement was computed from (RecapApproved.recapVersion; a recomputation
-- after a PK revision keeps it): a RecapApproved of a version already applied for the round (a
-- replayed or stale event) computes nothing. Null for measurements computed before this version.
ALTER TABLE measurement ADD COLUMN recap_version integer;
