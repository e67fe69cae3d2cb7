-- Consents :from to :to of the plan (generate.sh), each with its first version: the template's terms.
insert into consent_record (id, organisation_id, person_id, created_at)
select id, organisation_id, person_id, at from county.consent where i between :from and :to order by id;

insert into consent_version (consent_id, version, recorded_at, recorded_by, recorded_by_api_client, recorded_by_name,
    correction_reason, answer, expires_on, terms)
select c.id, 1, c.at, c.user_id, null, u.display_name, null, t.answer, (c.at at time zone 'Europe/London')::date + 365, t.terms
from county.consent c join user_account u on u.id = c.user_id, county.consent_template t
where c.i between :from and :to
order by c.id;
