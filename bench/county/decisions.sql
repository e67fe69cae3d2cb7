-- Decisions :from to :to of the plan (generate.sh), each with its first version: the template's facts, recommendation
-- and decision, the recipient changed. In id order, so the primary key indexes are filled in one pass.
insert into decision (id, organisation_id, person_id, created_at)
select id, organisation_id, person_id, at from county.decision where i between :from and :to order by id;

insert into decision_version (decision_id, version, recorded_at, recorded_by, recorded_by_api_client, correction_reason,
    guidance_version, facts, recommendation, decision, choice, departs_from_recommendation, recipient_organisation_id,
    sharing_date, rule_set, outcome, purpose)
select d.id, 1, d.at, d.user_id, null, null, t.guidance_version, t.facts, t.recommendation,
       jsonb_set(t.decision, '{recipientOrganisationId}', to_jsonb(d.recipient_id::text)), t.choice, t.departs_from_recommendation,
       d.recipient_id, (d.at at time zone 'Europe/London')::date, t.rule_set, t.outcome, t.purpose
from county.decision d, county.decision_template t
where d.i between :from and :to
order by d.id;

-- Each decision among its recipient's (V196, with its person: V197), as DecisionRepository.insertVersion writes it.
insert into decision_recipient (organisation_id, decision_id, decision_created_at, person_id)
select recipient_id, id, at, person_id from county.decision where i between :from and :to and recipient_id is not null order by recipient_id, id;
