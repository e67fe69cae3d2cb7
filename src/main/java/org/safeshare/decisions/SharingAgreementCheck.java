package org.safeshare.decisions;

import java.time.ZoneId;
import org.safeshare.agreements.AgreedPurpose;
import org.safeshare.agreements.Agreements;
import org.safeshare.organisations.OrganisationId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a decision to share is first recorded, in the same transaction, tells the agreements module so that a sharing
 * outside any information sharing agreement is listed for the sharer's IG lead. The decision stands either way.
 */
@Component
class SharingAgreementCheck {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final Agreements agreements;

    SharingAgreementCheck(Agreements agreements) {
        this.agreements = agreements;
    }

    @EventListener
    void on(DecisionVersionRecorded recorded) {
        if (recorded.version() != 1 || !recorded.shares() || recorded.purpose() == null || recorded.recipientOrganisationId().isEmpty()) {
            return;
        }
        agreements.noteSharing(recorded.decision().value(), new OrganisationId(recorded.organisationId()),
                new OrganisationId(recorded.recipientOrganisationId().get()), AgreedPurpose.valueOf(recorded.purpose().name()),
                recorded.recordedAt().atZone(ENGLAND).toLocalDate());
    }
}
