-- Fills the MASH queue: :referrals open referrals to Riverside MASH, copies of the template referral sent through the
-- API (same family snapshot), for made-up children, received over the last working week so deadlines spread out.
\set ON_ERROR_STOP on
begin;
create temp table template as select * from referral order by received_at limit 1;
insert into referral (id, partnership_id, referring_organisation_id, referred_by, referred_by_name, receiving_organisation_id,
    referral_type, person_id, subject_name, subject_date_of_birth, subject_nhs_number, subject_key, decision_id, immediate_danger,
    concern_facts, concern_opinion, concern_historical, risk, family_told, family_response, other_agencies, received_at,
    decision_due_at, re_referral_of)
select gen_random_uuid(), t.partnership_id, t.referring_organisation_id, t.referred_by, t.referred_by_name, t.receiving_organisation_id,
    t.referral_type, t.person_id, 'Child ' || n, date '2012-01-01' + (n % 3000), null, 'name:child' || n || ':bench', null, n % 50 = 0,
    t.concern_facts, t.concern_opinion, t.concern_historical, t.risk, t.family_told, t.family_response, t.other_agencies,
    now() - make_interval(mins => (n * 7) % 7200), now() - make_interval(mins => (n * 7) % 7200) + interval '1 day', null
from template t cross join generate_series(1, :referrals) n;
insert into referral_family_member (referral_id, position, name, relationship, parental_responsibility)
select r.id, f.position, f.name, f.relationship, f.parental_responsibility
from referral r join referral_family_member f on f.referral_id = (select id from template) where r.subject_key like '%:bench';
commit;
analyze referral;
analyze referral_family_member;
select count(*) as open_referrals from referral where decided_at is null;
