-- Who approved a recap, as documents name them (full name with titles, NIP), beside the login.
alter table round_record
    add column approved_by_name varchar(200),
    add column approved_by_nip varchar(18);
