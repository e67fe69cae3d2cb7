-- Each indexed record's marker row (kind 0) now keeps, as its key, the set of keys the record was indexed with
-- (IndexEntries.KEY_SET, ADR 0024 addendum 1): 0, as every marker written before this version holds, means "before the
-- sets were numbered", which may lack the ninth and tenth blocking keys. The catch-up re-keys such records in batches.
-- Nothing to change in the rows: this counts them again, so that an upgraded database says from its first lookup that
-- its index is still being built (records to re-key count as not yet indexed: a lookup misses them just the same).
delete from matching_index_backlog;
insert into matching_index_backlog (partnership_id, unindexed, counted_at)
select o.partnership_id, count(*), now()
from person p join organisation o on o.id = p.organisation_id
where p.kind = 'CHILD' and not exists (select 1 from matching_key k where k.person_id = p.id and k.kind = 0 and k.key = 2)
group by o.partnership_id;
