-- The stored linkage index (ADR 0015, addendum 2): each child's record of the partnership as a handful of 64-bit
-- blocking keys and exact-name term keys, never a name or a date. Written in the transaction that adds or changes the
-- record (from the people module's events), so a lookup finds a record the moment it is committed. kind 0 marks that a
-- record is indexed (one row per record, for the count behind the prior and the term frequencies).
create table matching_key (
    partnership_id uuid     not null references partnership (id),
    kind           smallint not null,
    key            bigint   not null,
    person_id      uuid     not null references person (id),
    primary key (partnership_id, kind, key, person_id)
);
create index matching_key_person on matching_key (person_id);

-- A confirmed link can be unlinked, with a reason: the pair stays, UNLINKED, so it is never proposed again.
alter table matching_pair drop constraint matching_pair_status_check;
alter table matching_pair add constraint matching_pair_status_check check (status in ('REVIEW', 'LINKED', 'REJECTED', 'UNLINKED'));
alter table matching_pair add column unlinked_by uuid;
alter table matching_pair add column unlinked_at timestamptz;
alter table matching_pair add column unlink_reason varchar(500);
create index matching_pair_first on matching_pair (first_person_id);
