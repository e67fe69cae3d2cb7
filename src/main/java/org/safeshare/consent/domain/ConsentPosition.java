package org.safeshare.consent.domain;

import java.util.Optional;

/**
 * Where consent stands for one person, purpose and recipient: the status, who may give consent, the
 * consent record it rests on, any ground in force to proceed without consent, and the reason in words.
 */
public record ConsentPosition(Status status, WhoMayConsent whoMayConsent, Optional<ConsentHistory> consent,
        Optional<GroundToProceed> ground, String explanation) {

    public enum Status {
        GIVEN("Consent given"),
        EXPIRED("Consent expired"),
        WITHDRAWN("Consent withdrawn"),
        REFUSED("Consent refused"),
        REFUSAL_SET_ASIDE("Consent refused, and the refusal has been set aside"),
        NOT_SOUGHT("Consent not sought"),
        CANNOT_BE_GIVEN("Consent cannot be given");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
