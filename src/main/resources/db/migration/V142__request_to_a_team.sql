-- An organisation's part of an information request may be addressed to one of its teams (accounts' teams, V121): its
-- members see and answer it, besides the organisation's DSLs. No foreign key to the accounts module's table.
alter table request_to_organisation add column team_id uuid;
