#!/usr/bin/env bash
# The main query of each measured page, run in PostgreSQL alone with EXPLAIN ANALYZE (execution time only), for a
# person, a family name and the MASH as ReadPages uses them. Usage: bench/county/raw-queries.sh <postgres port>
set -euo pipefail
sql() { psql -X -q -h localhost -p "$1" -U postgres -d postgres -Atc "$2"; }
port=$1
read -r org person family < <(sql "$port" "select p.organisation_id || ' ' || p.id || ' ' || p.family_name from person p
  join user_account u on u.organisation_id = p.organisation_id where u.email = 'social.worker@riverside-csc.example'
  and p.nhs_number like '9%' order by p.id limit 1" | tr ' ' ' ')
mash=$(sql "$port" "select id from organisation where name = 'Riverside MASH'")
explain() {
  local label=$1 query=$2
  printf '%-52s %s\n' "$label" "$(sql "$port" "explain (analyze, format json) $query" | python3 -c \
    'import json,sys; p=json.load(sys.stdin)[0]; print("%.2f ms (planning %.2f ms)" % (p["Execution Time"], p["Planning Time"]))')"
}
like="%$(echo "$family" | tr 'A-Z' 'a-z')%"
explain "search by family name, as an or (before V101)" "select p.id, p.given_name, p.family_name, p.date_of_birth from person p
  where p.organisation_id = '$org' and (lower(p.given_name) like '$like' or lower(p.family_name) like '$like' or exists
  (select 1 from person_other_name o where o.person_id = p.id and (lower(o.given_name) like '$like' or lower(o.family_name) like '$like')))
  order by lower(p.family_name), lower(p.given_name), p.date_of_birth limit 50"
explain "search by family name, as a union (V101 trigram indexes)" "select p.id, p.given_name, p.family_name, p.date_of_birth from person p
  where p.organisation_id = '$org' and p.id in (select n.id from person n where n.organisation_id = '$org' and lower(n.given_name) like '$like'
  union select n.id from person n where n.organisation_id = '$org' and lower(n.family_name) like '$like'
  union select o.person_id from person_other_name o where lower(o.given_name) like '$like'
  union select o.person_id from person_other_name o where lower(o.family_name) like '$like')
  order by lower(p.family_name), lower(p.given_name), p.date_of_birth limit 50"
explain "person page: the person row" "select * from person p where p.id = '$person'"
explain "person page, before V196: decisions with their JSON" "select d.id, v.* from decision d join decision_version v on v.decision_id = d.id
  where d.person_id = '$person' order by d.created_at desc, d.id, v.version"
explain "person page: consents about the person" "select c.id, v.* from consent_record c join consent_version v on v.consent_id = c.id
  where c.person_id = '$person' order by c.created_at desc"
explain "person page: the decisions' list (V196, columns only)" "select d.id, v.* from decision d cross join lateral
  (select w.version, w.recorded_at, w.recorded_by, w.recorded_by_api_client, w.choice, w.outcome, w.purpose from decision_version w
  where w.decision_id = d.id order by w.version desc limit 1) v where d.person_id = '$person' and d.organisation_id = '$org'
  order by d.created_at desc, d.id"
explain "shared with us: the list (V196, recipients' index)" "select d.id, v.* from (select r.decision_id from decision_recipient r
  where r.organisation_id = '$mash' order by r.decision_created_at desc, r.decision_id limit 100) r join decision d on d.id = r.decision_id
  cross join lateral (select w.version, w.recorded_at, w.recorded_by, w.recorded_by_api_client, w.choice, w.outcome, w.purpose
  from decision_version w where w.decision_id = d.id order by w.version desc limit 1) v order by d.created_at desc, d.id"
explain "shared with us, before V196: the MASH's newest 100 decisions" "select d.id, v.* from decision d join decision_version v on v.decision_id = d.id
  where d.id in (select e.id from decision e where exists (select 1 from decision_version w where w.decision_id = e.id
  and w.recipient_organisation_id = '$mash') order by e.created_at desc limit 100) order by d.created_at desc, d.id, v.version"
people=$(sql "$port" "select string_agg(quote_literal(d.person_id), ',') from (select r.decision_id from decision_recipient r
  where r.organisation_id = '$mash' order by r.decision_created_at desc, r.decision_id limit 100) r join decision d on d.id = r.decision_id")
explain "shared with us: whom the MASH was told about (V197)" "select distinct person_id from decision_recipient
  where organisation_id = '$mash' and person_id in ($people)"
explain "shared with us: whom it was told about, before V197" "select distinct d.person_id from decision d join decision_version v
  on v.decision_id = d.id where v.recipient_organisation_id = '$mash' and d.person_id in ($people)"
