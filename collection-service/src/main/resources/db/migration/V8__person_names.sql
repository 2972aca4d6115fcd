-- Who submitted and who approved, as documents name them: the full name (titles included) and the
-- NIP from the identity provider's token, beside the login kept in submitted_by / approved_by.
alter table collection_form
    add column submitted_by_name varchar(200),
    add column submitted_by_nip varchar(18);
alter table collection_round
    add column approved_by_name varchar(200),
    add column approved_by_nip varchar(18);
