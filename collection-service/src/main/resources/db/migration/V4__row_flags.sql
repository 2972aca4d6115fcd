-- a value far off the unit's own history is flagged for the reviewer (not rejected)
alter table form_row
    add column flagged     boolean not null default false,
    add column flag_reason varchar(500);
