-- Which decisions rely on which consent record, recorded by the consent module as each decision version is written, so
-- that a withdrawal finds the recipients to tell among consent's own records (ADR 0012). One row per decision: its
-- latest version's reliance. No foreign key to the decisions module's tables: modules keep their own tables.
create table consent_reliance (
    decision_id               uuid        primary key,
    consent_id                uuid        not null references consent_record (id),
    decision_version          integer     not null,
    purpose                   text,
    recipient_organisation_id uuid,
    shares                    boolean     not null,
    recorded_at               timestamptz not null
);
create index consent_reliance_consent on consent_reliance (consent_id);

-- Decisions recorded before this migration: their latest version's consent record, read once from the stored decision.
insert into consent_reliance (decision_id, consent_id, decision_version, purpose, recipient_organisation_id, shares, recorded_at)
select v.decision_id, (v.decision ->> 'consentRecordId')::uuid, v.version, v.facts -> 'purpose' ->> 'category',
       v.recipient_organisation_id, v.choice = 'SHARE', v.recorded_at
from decision_version v
where v.decision ->> 'consentRecordId' is not null
  and v.version = (select max(w.version) from decision_version w where w.decision_id = v.decision_id)
  and exists (select 1 from consent_record c where c.id::text = v.decision ->> 'consentRecordId');
