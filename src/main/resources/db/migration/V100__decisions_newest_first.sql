-- 'Shared with us' lists the newest decisions any version of which was shared with an organisation. With only the
-- recipient index, PostgreSQL gathers every decision ever shared with it and sorts them (a MASH receives a tenth of a
-- county's decisions); walking decisions newest first stops at the hundredth match (docs/performance.md).
create index decision_newest_first on decision (created_at desc, id);
