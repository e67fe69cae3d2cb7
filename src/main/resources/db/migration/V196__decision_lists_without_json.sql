-- The lists of decisions (a person's page, "shared with us") show a few fields of each record's current version. At
-- county scale (5,000,000 versions, 27 GB with their JSON) reading them out of the versions' JSON sent every list to
-- disk (docs/performance.md). So:
-- 1. the two fields the lists show that lived only in the JSON are columns too, written with the version (the JSON is
--    stored exactly as before; these are copies of what it says, backfilled here from it);
-- 2. the JSON goes out of line (TOAST) in rows written from now on, so a version's row holds its columns only and the
--    table the lists read stays small enough to stay in memory;
-- 3. the organisations each decision was shared with (by any version), newest decision first, in their own table: one
--    index read gives "shared with us" in the list's order, however few decisions an organisation receives.
alter table decision_version add column outcome varchar(40);
alter table decision_version add column purpose text;
alter table decision_version set (toast_tuple_target = 128);

-- Filling the copies is not a change to the record: the trigger that refuses every update is off for this one statement.
alter table decision_version disable trigger decision_version_immutable;
update decision_version set outcome = recommendation ->> 'outcome', purpose = decision ->> 'purpose';
alter table decision_version enable trigger decision_version_immutable;
alter table decision_version alter column outcome set not null;

create table decision_recipient (
    organisation_id     uuid        not null references organisation (id),
    decision_id         uuid        not null references decision (id),
    decision_created_at timestamptz not null,
    primary key (organisation_id, decision_id)
);
create index decision_recipient_newest_first on decision_recipient (organisation_id, decision_created_at desc, decision_id);
insert into decision_recipient (organisation_id, decision_id, decision_created_at)
select distinct v.recipient_organisation_id, d.id, d.created_at
from decision_version v join decision d on d.id = v.decision_id
where v.recipient_organisation_id is not null;
