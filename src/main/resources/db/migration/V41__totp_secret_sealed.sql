-- The authenticator secret is sealed with envelope encryption (issue 9, ADR 0007): the key-encryption
-- keyset is a file outside the database, so a copy of the database does not give anyone a second factor.
-- V42 (Java, accounts.persistence) seals the existing clear secrets; V43 drops the clear column.
alter table user_account add column totp_secret_sealed bytea;
