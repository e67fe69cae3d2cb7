-- The plan of a county-scale run (generate.sh): every row to make, with its id, owner, time and recipient, in unlogged
-- staging tables of schema county, so each later step inserts a range of it; the templates; the indexes to drop and
-- rebuild; the audit slices. psql variables: people, decisions, consents.
create table county.org as
select o.id, (row_number() over (order by o.name) - 1)::int as n,
       (select u.id from user_account u where u.organisation_id = o.id order by u.email limit 1) as user_id,
       o.partnership_id
from organisation o
where o.partnership_id = (select partnership_id from organisation where name = 'Oakfield Primary School')
  and exists (select 1 from user_account u where u.organisation_id = o.id);
select count(*) as orgs from county.org \gset

-- A valid NHS number (modulus 11) from a 9-digit base, or null when the base has none.
create function county.nhs(base bigint) returns text language sql immutable as $$
    select case when c = 10 then null else b || (case when c = 11 then 0 else c end)::text end
    from (select lpad(base::text, 9, '0') as b) x,
         lateral (select 11 - (sum(substr(x.b, k, 1)::int * (11 - k)) % 11) as c from generate_series(1, 9) k) y
$$;
create function county.pick(i bigint, n int) returns int language sql immutable as $$
    select (((hashint8(i)::bigint % n) + n) % n)::int
$$;
-- One field of EventEntry.bytes(): its UTF-8 length and bytes, or -1 for null (ADR 0005).
create function county.field(value text) returns bytea language sql immutable as $$
    select case when value is null then '\xffffffff'::bytea
                else int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8') end
$$;

create unlogged table county.person as
select g.i, gen_random_uuid() as id, o.id as organisation_id, o.user_id, o.n as org_n, o.partnership_id,
       date_trunc('second', now() - make_interval(days => (g.i % 1000)::int)) as at
from generate_series(1, :people) g(i) join county.org o on o.n = g.i % :orgs;
create unique index on county.person (i);
create index on county.person (at);
analyze county.person;

-- Decisions over three years, consents over one, evenly in the order of their numbers.
create unlogged table county.decision as
select g.i, gen_random_uuid() as id, p.id as person_id, p.organisation_id, p.user_id, p.partnership_id, r.id as recipient_id,
       date_trunc('second', now() - make_interval(secs => (g.i::bigint * 94608000 / :decisions)::int)) as at
from generate_series(1, :decisions) g(i)
join county.person p on p.i = 1 + county.pick(g.i, :people)
join county.org r on r.n = (p.org_n + 1 + county.pick(g.i * 7, :orgs - 1)) % :orgs;
create index on county.decision (i);
create index on county.decision (at);
analyze county.decision;

create unlogged table county.consent as
select g.i, gen_random_uuid() as id, p.id as person_id, p.organisation_id, p.user_id, p.partnership_id,
       date_trunc('second', now() - make_interval(secs => (g.i::bigint * 31536000 / :consents)::int)) as at
from generate_series(1, :consents) g(i)
join county.person p on p.i = 1 + county.pick(g.i * 13, :people);
create index on county.consent (i);
create index on county.consent (at);
analyze county.consent;

-- The decision and the consent recorded through the API: the JSON of every generated one.
create table county.decision_template as select * from decision_version order by recorded_at limit 1;
create table county.consent_template as select * from consent_version order by recorded_at limit 1;

-- Every index of the schema before the load (compared after it), and the secondary ones the load drops and rebuilds:
-- not those behind a constraint, and not audit_event_xid, which the service's sequencer reads while the load runs.
create table county.indexes_before as select tablename, indexname, indexdef from pg_indexes where schemaname = 'public';
create table county.index_def as
select i.indexname, i.indexdef from pg_indexes i
where i.schemaname = 'public'
  and i.tablename in ('person', 'decision', 'decision_version', 'decision_recipient', 'consent_record', 'consent_version',
                      'audit_event')
  and i.indexname <> 'audit_event_xid'
  and not exists (select 1 from pg_constraint c where c.conindid = format('public.%I', i.indexname)::regclass);
