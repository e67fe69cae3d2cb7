-- Each indexed record gets a row saying which set of blocking keys it was indexed with (kind 30, its key the set's
-- number, IndexEntries.KEY_SET; ADR 0024 addendum 1). Records indexed before have none: they may lack the ninth and tenth
-- keys, and the catch-up keys them again in batches. This partial index answers the catch-up's count of records per
-- partnership under the current set (an index-only scan); its look-up of a page's records uses matching_key_person.
create index matching_key_set on matching_key (key, partnership_id) where kind = 30;

-- Counted again now, so that an upgraded database says from its first lookup that its index is still being built:
-- records to key again count as not yet indexed (a lookup misses them through the newer keys just the same).
delete from matching_index_backlog;
insert into matching_index_backlog (partnership_id, unindexed, counted_at)
select o.partnership_id, count(*), now()
from person p join organisation o on o.id = p.organisation_id
where p.kind = 'CHILD' and not exists (select 1 from matching_key k where k.person_id = p.id and k.kind = 30 and k.key = 2)
group by o.partnership_id;
