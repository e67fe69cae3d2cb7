-- A disclosure may be addressed to a team of the recipient organisation (accounts' teams, V121): every member reads it.
-- team: this recipient row is a team, not a user. via_team: this user's row was added when they opened the disclosure as a
-- member of that team, so that each member acknowledges the conditions and is receipted in their own name.
alter table disclosure_recipient add column team boolean not null default false;
alter table disclosure_recipient add column via_team uuid;
