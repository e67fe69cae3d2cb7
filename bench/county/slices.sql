-- The audit events in slices of time of about the chunk size each (:chunk events), oldest first (plan.sql, and again
-- when generate.sh makes a stopped plan smaller).
select greatest(2, ceil((:people + :decisions + :consents)::numeric / :chunk))::int as slices \gset
create table county.slice as
with times as (select at from county.person union all select at from county.decision union all select at from county.consent),
bounds as (select distinct unnest(percentile_disc(array(select k::float8 / :slices from generate_series(1, :slices - 1) k))
                                  within group (order by at)) as at from times)
select (row_number() over (order by lo) - 1)::int as n, lo, hi
from (select coalesce(lag(at) over (order by at), '-infinity') as lo, at as hi from bounds
      union all select (select max(at) from bounds), 'infinity') s;
