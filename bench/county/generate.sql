-- County-scale data for the page benchmarks (bench/county/README.md): people across the demo partnership's organisations,
-- decisions shared between them, consents, and one audit event for each row made, already in the audit log.
-- psql variables: people, decisions, consents. Needs one decision and one consent recorded through the service first:
-- their stored JSON is the template of every generated one, so the pages read what the service itself writes.
\set ON_ERROR_STOP on
\timing on
begin;
-- The audit sequencer's lock (audit.persistence.Sequencer): it waits while this transaction gives leaves itself.
select pg_advisory_xact_lock(6556777401250021377);

create temp table county_org on commit drop as
select o.id, (row_number() over (order by o.name) - 1)::int as n,
       (select u.id from user_account u where u.organisation_id = o.id order by u.email limit 1) as user_id,
       o.partnership_id
from organisation o
where o.partnership_id = (select partnership_id from organisation where name = 'Oakfield Primary School')
  and exists (select 1 from user_account u where u.organisation_id = o.id);
select count(*) as orgs from county_org \gset

-- A valid NHS number (modulus 11) from a 9-digit base, or null when the base has none.
create function pg_temp.nhs(base bigint) returns text language sql immutable as $$
    select case when c = 10 then null else b || (case when c = 11 then 0 else c end)::text end
    from (select lpad(base::text, 9, '0') as b) x,
         lateral (select 11 - (sum(substr(x.b, k, 1)::int * (11 - k)) % 11) as c from generate_series(1, 9) k) y
$$;
create function pg_temp.pick(i bigint, n int) returns int language sql immutable as $$
    select (((hashint8(i)::bigint % n) + n) % n)::int
$$;

create temp table county_person on commit drop as
select gen_random_uuid() as id, g.i, o.id as organisation_id, o.user_id, o.n as org_n
from generate_series(1, :people) g(i) join county_org o on o.n = g.i % :orgs;
create index on county_person (i);
analyze county_person;

insert into person (id, organisation_id, kind, given_name, family_name, date_of_birth, sex, nhs_number, created_by, created_at)
select p.id, p.organisation_id, case when p.i % 5 = 0 then 'ADULT' else 'CHILD' end,
       (array['Amelia','Oliver','Isla','George','Ava','Noah','Mia','Leo','Ivy','Arthur','Freya','Muhammad','Lily','Harry',
              'Sophia','Oscar','Grace','Jack','Evie','Charlie','Aisha','Jacob','Zara','Theo','Ruby','Alfie','Maya','Finley',
              'Poppy','Archie','Hana','Yusuf','Esme','Kai','Orla','Reuben','Nia','Ezra','Seren','Tomasz'])[1 + pg_temp.pick(p.i, 40)],
       (array['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson','Wright','Thompson',
              'Evans','Walker','White','Roberts','Green','Hall','Thomas','Clarke','Jackson','Wood','Harris','Edwards','Turner',
              'Martin','Cooper','Hill','Ward','Hughes','Moore','Clark','King','Harrison','Lewis','Baker','Lee','Allen','Morris',
              'Khan','Scott','Watson','Davis','Parker','James','Bennett','Young','Phillips','Richardson','Mitchell','Bailey',
              'Carter','Cook','Singh','Shaw','Bell','Collins','Morgan','Kelly','Begum','Miller','Cox','Hussain','Marshall',
              'Simpson','Price','Anderson','Adams','Wilkinson','Ali','Ahmed','Foster','Ellis','Murphy','Chapman','Mason','Gray',
              'Richards','Webb','Griffiths','Hunt','Palmer','Campbell','Holmes','Mills','Rogers','Barnes','Knight','Matthews',
              'Barker','Powell','Stevens','Kaur','Fisher','Butler','Dixon','Russell','Harvey','Pearson','Graham'])[1 + pg_temp.pick(p.i * 31, 100)],
       case when p.i % 5 = 0 then current_date - (6600 + p.i % 20000)::int else current_date - (p.i % 6500)::int end,
       case when p.i % 2 = 0 then 'FEMALE' else 'MALE' end,
       pg_temp.nhs(900000000 + p.i), p.user_id, now() - make_interval(days => (p.i % 1000)::int)
from county_person p;

create temp table county_decision on commit drop as
select gen_random_uuid() as id, g.i, p.id as person_id, p.organisation_id, p.user_id,
       r.id as recipient_id, date_trunc('second', now() - make_interval(secs => (g.i % 94608000)::int)) as at
from generate_series(1, :decisions) g(i)
join county_person p on p.i = 1 + pg_temp.pick(g.i, :people)
join county_org r on r.n = (p.org_n + 1 + pg_temp.pick(g.i * 7, :orgs - 1)) % :orgs;

insert into decision (id, organisation_id, person_id, created_at)
select id, organisation_id, person_id, at from county_decision;

insert into decision_version (decision_id, version, recorded_at, recorded_by, recorded_by_api_client, correction_reason,
    guidance_version, facts, recommendation, decision, choice, departs_from_recommendation, recipient_organisation_id,
    sharing_date, rule_set)
select d.id, 1, d.at, d.user_id, null, null, t.guidance_version, t.facts, t.recommendation,
       jsonb_set(t.decision, '{recipientOrganisationId}', to_jsonb(d.recipient_id::text)), t.choice, t.departs_from_recommendation,
       d.recipient_id, (d.at at time zone 'Europe/London')::date, t.rule_set
from county_decision d,
     (select * from decision_version order by recorded_at limit 1) t;

create temp table county_consent on commit drop as
select gen_random_uuid() as id, g.i, p.id as person_id, p.organisation_id, p.user_id,
       date_trunc('second', now() - make_interval(secs => (g.i % 31536000)::int)) as at
from generate_series(1, :consents) g(i)
join county_person p on p.i = 1 + pg_temp.pick(g.i * 13, :people);

insert into consent_record (id, organisation_id, person_id, created_at)
select id, organisation_id, person_id, at from county_consent;

insert into consent_version (consent_id, version, recorded_at, recorded_by, recorded_by_api_client, recorded_by_name,
    correction_reason, answer, expires_on, terms)
select c.id, 1, c.at, c.user_id, null, u.display_name, null, t.answer, (c.at at time zone 'Europe/London')::date + 365, t.terms
from county_consent c join user_account u on u.id = c.user_id,
     (select * from consent_version order by recorded_at limit 1) t;

-- One audit event per row made, as the service writes them (ids and codes only), then their leaves.
insert into audit_event (occurred_at, actor_kind, actor_id, organisation_id, partnership_id, roles, action, outcome, person_id,
    touched, purpose, request_id, client_address)
select at, 'USER', actor, organisation, partnership, 'PRACTITIONER', action, 'DONE', person, touched, null, null, '127.0.0.1'
from (
    select p.i * 3 as k, date_trunc('second', now() - make_interval(days => (p.i % 1000)::int)) as at, p.user_id as actor,
           p.organisation_id as organisation, o.partnership_id as partnership, 'PERSON_CREATED' as action, p.id as person,
           'PERSON:' || p.id as touched
    from county_person p join county_org o on o.id = p.organisation_id
    union all
    select d.i * 3 + 1, d.at, d.user_id, d.organisation_id, o.partnership_id, 'DECISION_RECORDED', d.person_id, 'DECISION:' || d.id
    from county_decision d join county_org o on o.id = d.organisation_id
    union all
    select c.i * 3 + 2, c.at, c.user_id, c.organisation_id, o.partnership_id, 'CONSENT_RECORDED', c.person_id, 'CONSENT:' || c.id
    from county_consent c join county_org o on o.id = c.organisation_id
) e
order by at, k;

-- The leaves, exactly as the sequencer makes them (ADR 0005, EventEntry.bytes()): every event without one, earlier
-- transactions' first, in (xid, id) order, numbered on from each log's last leaf. A time is ISO-8601 UTC with no
-- fraction, 3 or 6 digits, as Instant.toString writes it (EntryBuffer.writeInstant).
create function pg_temp.field(value text) returns bytea language sql immutable as $$
    select case when value is null then '\xffffffff'::bytea
                else int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8') end
$$;
insert into audit_leaf (log, leaf_index, event_id, leaf_hash)
with next as (select log, max(leaf_index) + 1 as first from audit_leaf group by log),
pending as (select a.*, coalesce(a.partnership_id::text, 'service') as log,
                   to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as seconds,
                   extract(microseconds from a.occurred_at)::bigint % 1000000 as us
            from audit_event a where not exists (select 1 from audit_leaf l where l.event_id = a.id))
select e.log, coalesce(n.first, 0) + row_number() over (partition by e.log order by e.xid, e.id) - 1, e.id,
       sha256('\x0001'::bytea || pg_temp.field(e.id::text)
              || pg_temp.field(e.seconds || case when e.us = 0 then '' when e.us % 1000 = 0 then '.' || lpad((e.us / 1000)::text, 3, '0')
                                                 else '.' || lpad(e.us::text, 6, '0') end || 'Z')
              || pg_temp.field(e.actor_kind) || pg_temp.field(e.actor_id::text) || pg_temp.field(e.organisation_id::text)
              || pg_temp.field(e.partnership_id::text) || pg_temp.field(e.roles) || pg_temp.field(e.action)
              || pg_temp.field(e.outcome) || pg_temp.field(e.person_id::text) || pg_temp.field(e.touched)
              || pg_temp.field(e.purpose) || pg_temp.field(e.request_id) || pg_temp.field(e.client_address))
from pending e left join next n on n.log = e.log;
commit;
analyze;
select (select count(*) from person) as people, (select count(*) from decision) as decisions,
       (select count(*) from consent_record) as consents, (select count(*) from audit_event) as audit_events,
       (select count(*) from audit_leaf) as leaves, pg_size_pretty(pg_database_size(current_database())) as size;
