-- A partner system may register people and relationships through the API. It is not a user, so the
-- record names the API client instead; exactly one of the two is always recorded (accountability).
alter table person alter column created_by drop not null;
alter table person add column created_by_api_client uuid references api_client (id);
alter table person add constraint person_recorded_by_one
    check (num_nonnulls(created_by, created_by_api_client) = 1);

alter table relationship alter column created_by drop not null;
alter table relationship add column created_by_api_client uuid references api_client (id);
alter table relationship add constraint relationship_recorded_by_one
    check (num_nonnulls(created_by, created_by_api_client) = 1);

-- Name search is case-insensitive over given, family and other names.
create index person_given_name on person (organisation_id, lower(given_name));
