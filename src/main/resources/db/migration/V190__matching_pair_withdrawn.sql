-- A pair the model proposed or linked, whose score falls below the review threshold when the partnership raises its
-- thresholds, is WITHDRAWN rather than deleted: it is no longer proposed or linked, but the row (and the audit trail's
-- account of it) stays, and lowering the thresholds again proposes it again. A person's decision is never withdrawn.
alter table matching_pair drop constraint matching_pair_status_check;
alter table matching_pair add constraint matching_pair_status_check
    check (status in ('REVIEW', 'LINKED', 'REJECTED', 'UNLINKED', 'WITHDRAWN'));
