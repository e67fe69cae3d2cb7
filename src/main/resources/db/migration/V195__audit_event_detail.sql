-- A typed detail of an audit event (for example the role a grant gave), a code, never free text about a person.
-- Events without one keep canonical encoding version 1; an event with one is encoded as version 2 (docs/adr/0026).
alter table audit_event add column detail text;
