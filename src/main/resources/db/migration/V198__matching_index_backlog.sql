-- The linkage index catches up in the background (ADR 0024): children's records that no event indexed (made before the
-- index, or written behind the service's back) are found by an anti-join on this partial index, one row per indexed
-- record, rather than by reading every child's id.
create index matching_key_record on matching_key (person_id) where kind = 0;

-- How many of each partnership's children's records are not yet indexed, as last counted by the catch-up job: what a
-- lookup shows while the index is still being built ("the answer may be incomplete"). No row: none left.
create table matching_index_backlog (
    partnership_id uuid        primary key references partnership (id),
    unindexed      bigint      not null check (unindexed > 0),
    counted_at     timestamptz not null
);

-- Counted now, so that an upgraded database says so honestly from its first lookup, before the job's first count.
insert into matching_index_backlog (partnership_id, unindexed, counted_at)
select o.partnership_id, count(*), now()
from person p join organisation o on o.id = p.organisation_id
where p.kind = 'CHILD' and not exists (select 1 from matching_key k where k.person_id = p.id and k.kind = 0)
group by o.partnership_id;
