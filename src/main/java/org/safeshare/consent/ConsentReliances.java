package org.safeshare.consent;

import java.util.Optional;
import org.safeshare.consent.persistence.RelianceRepository;
import org.safeshare.consent.persistence.RelianceRepository.Reliance;
import org.safeshare.decisions.DecisionVersionRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records, as a decision is written and in its transaction, that it relies on a consent record, so that a withdrawal
 * finds the decisions to tell recipients about among this module's own records (seed 002: recipients are told).
 */
@Component
class ConsentReliances {

    private final RelianceRepository reliances;

    ConsentReliances(RelianceRepository reliances) {
        this.reliances = reliances;
    }

    @EventListener
    void on(DecisionVersionRecorded recorded) {
        reliances.replace(recorded.decision().value(), recorded.version(), recorded.recordedAt(),
                recorded.consentRecordId().map(ConsentId::new),
                new Reliance(recorded.decision().value(), recorded.purpose(), recorded.recipientOrganisationId(), recorded.shares()));
    }
}
