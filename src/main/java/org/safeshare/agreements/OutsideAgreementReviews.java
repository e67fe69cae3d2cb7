package org.safeshare.agreements;

import java.time.Clock;
import java.util.UUID;
import org.safeshare.agreements.persistence.AgreementRepository;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sharer's IG lead marks a sharing outside any agreement reviewed, with a note of what they concluded (for example,
 * one-off urgent safeguarding needing no agreement, or regular sharing needing one: ICO data sharing code of practice).
 * Recorded once, audited in the same transaction.
 */
@Service
@Transactional
public class OutsideAgreementReviews {

    static final int NOTE_LIMIT = 2000;

    private final AgreementRepository repository;
    private final Audit audit;
    private final Clock clock;

    OutsideAgreementReviews(AgreementRepository repository, Audit audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public OutsideReview markReviewed(Actor actor, UUID decision, String note) {
        if (!actor.has(Role.INFORMATION_GOVERNANCE_LEAD)) {
            throw new AccessDeniedException("not an IG lead");
        }
        // Another organisation's sharing is "not found": the IG lead reviews only their own organisation's.
        if (!repository.outsideSharer(decision).filter(actor.organisationId()::equals).isPresent()) {
            throw new NotFoundException("Sharing outside any agreement");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            return new OutsideReview.Refused("Enter a note of your review, for example why no agreement is needed");
        }
        if (text.length() > NOTE_LIMIT) {
            return new OutsideReview.Refused("The note must be 2,000 characters or fewer");
        }
        if (!repository.review(decision, clock.instant(), actor.id(), actor.displayName(), text)) {
            return new OutsideReview.AlreadyReviewed();
        }
        audit.record(AuditEvent.of(actor, AuditAction.SHARING_OUTSIDE_AGREEMENT_REVIEWED).touching(RecordRef.decision(decision)));
        return new OutsideReview.Done();
    }
}
