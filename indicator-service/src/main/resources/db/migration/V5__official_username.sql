-- An official is linked to the person's login at the identity provider (Keycloak username).
alter table official add column username varchar(64);
create index official_username on official (agency_code, username);
