package org.safeshare.consent.domain;

import java.util.Optional;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;

/**
 * Where consent stands for one person, purpose and recipient: the status (in the decision engine's words), who may
 * give consent, the consent record it rests on, any ground in force to proceed without consent, and the reason in words.
 */
public record ConsentPosition(ConsentStatus status, WhoMayConsent whoMayConsent, Optional<ConsentHistory> consent,
        Optional<GroundToProceed> ground, String explanation) {}
