-- Slice :slice of the audit events (generate.sh): one event per person, decision and consent made in that slice of
-- time, as the service writes them (ids and codes only), oldest first, then their leaves.
-- The audit sequencer's lock (audit.persistence.Sequencer): it waits while this transaction gives leaves itself.
do $$ begin perform pg_advisory_xact_lock(6556777401250021377); end $$;

insert into audit_event (occurred_at, actor_kind, actor_id, organisation_id, partnership_id, roles, action, outcome, person_id,
    touched, purpose, request_id, client_address)
select at, 'USER', actor, organisation, partnership, 'PRACTITIONER', action, 'DONE', person, touched, null, null, '127.0.0.1'
from (
    select p.i * 3 as k, p.at, p.user_id as actor, p.organisation_id as organisation, p.partnership_id as partnership,
           'PERSON_CREATED' as action, p.id as person, 'PERSON:' || p.id as touched
    from county.person p, county.slice s where s.n = :slice and p.at >= s.lo and p.at < s.hi
    union all
    select d.i * 3 + 1, d.at, d.user_id, d.organisation_id, d.partnership_id, 'DECISION_RECORDED', d.person_id, 'DECISION:' || d.id
    from county.decision d, county.slice s where s.n = :slice and d.at >= s.lo and d.at < s.hi
    union all
    select c.i * 3 + 2, c.at, c.user_id, c.organisation_id, c.partnership_id, 'CONSENT_RECORDED', c.person_id, 'CONSENT:' || c.id
    from county.consent c, county.slice s where s.n = :slice and c.at >= s.lo and c.at < s.hi
) e
order by at, k;

-- The leaves, exactly as the sequencer makes them (ADR 0005, EventEntry.bytes()): every event after the last one with a
-- leaf (this slice's, and any the service wrote since), earlier transactions' first, in (xid, id) order, numbered on from
-- each log's last leaf. A time is ISO-8601 UTC with no fraction, 3 or 6 digits, as Instant.toString writes it
-- (EntryBuffer.writeInstant). Each log's next index is read once, before the insert (materialized): read per row, it
-- would walk back over this statement's own uncommitted leaves each time.
insert into audit_leaf (log, leaf_index, event_id, leaf_hash)
with pending as (select a.*, coalesce(a.partnership_id::text, 'service') as log,
                        to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as seconds,
                        extract(microseconds from a.occurred_at)::bigint % 1000000 as us
                 from audit_event a where a.id > (select coalesce(max(event_id), 0) from audit_leaf)),
next as materialized (select l.log, (select coalesce(max(leaf_index) + 1, 0) from audit_leaf x where x.log = l.log) as first
         from (select distinct log from pending) l)
select e.log, n.first + row_number() over (partition by e.log order by e.xid, e.id) - 1, e.id,
       sha256('\x0001'::bytea || county.field(e.id::text)
              || county.field(e.seconds || case when e.us = 0 then '' when e.us % 1000 = 0 then '.' || lpad((e.us / 1000)::text, 3, '0')
                                                else '.' || lpad(e.us::text, 6, '0') end || 'Z')
              || county.field(e.actor_kind) || county.field(e.actor_id::text) || county.field(e.organisation_id::text)
              || county.field(e.partnership_id::text) || county.field(e.roles) || county.field(e.action)
              || county.field(e.outcome) || county.field(e.person_id::text) || county.field(e.touched)
              || county.field(e.purpose) || county.field(e.request_id) || county.field(e.client_address))
from pending e join next n on n.log = e.log;
