package org.safeshare.decisions.domain.vocabulary;

/**
 * Where consent to a sharing stands. A refusal set aside is still a refusal: a ground to proceed without consent was
 * recorded (HM Government information sharing advice 2018, 'Sharing information without consent'), and the decision
 * engine weighs that ground from the risk facts, as for any refusal.
 */
public enum ConsentStatus {
    // In the order the consent position API has always listed them.
    GIVEN("Consent given"),
    EXPIRED("Consent expired"),
    WITHDRAWN("Consent withdrawn"),
    REFUSED("Consent refused"),
    REFUSAL_SET_ASIDE("Consent refused, and the refusal has been set aside"),
    NOT_SOUGHT("Consent not sought"),
    CANNOT_BE_GIVEN("Consent cannot be given");

    private final String label;

    ConsentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Refused, whether or not the refusal has been set aside. */
    public boolean refused() {
        return this == REFUSED || this == REFUSAL_SET_ASIDE;
    }
}
