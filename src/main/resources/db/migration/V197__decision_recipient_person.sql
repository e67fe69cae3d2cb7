-- Whether an organisation was told about a person (and so may see who they are, people.Disclosures) is asked for every
-- person on "shared with us": with only the versions to look in, that was about ten decisions per person each probed
-- in the versions' heap (1,092 probes and 5,747 buffers for a list of 100 at county scale, 96 ms warm and 340 ms cold;
-- docs/performance.md). The person is kept with each recipient, so the question is one index probe per person.
alter table decision_recipient add column person_id uuid references person (id);
update decision_recipient r set person_id = d.person_id from decision d where d.id = r.decision_id;
create index decision_recipient_person on decision_recipient (organisation_id, person_id) where person_id is not null;
