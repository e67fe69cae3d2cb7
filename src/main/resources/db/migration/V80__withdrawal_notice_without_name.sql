-- A withdrawal notice no longer keeps a copy of the person's name: it is read from the person's record when the
-- recipient opens the notice (the decision it is about shows the recipient whom it concerns). The copy is no fact of
-- the notice (which consent, which decision, who told whom, when, what it covers stay as they were), so old copies are
-- cleared too: a name kept where it is not needed is personal data beyond what is necessary (UK GDPR Article 5(1)(c)).
alter table consent_withdrawal_notice alter column person_name drop not null;
update consent_withdrawal_notice set person_name = null;
