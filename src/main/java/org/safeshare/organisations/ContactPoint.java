package org.safeshare.organisations;

/**
 * A secure way to reach an organisation: where information may be sent or checked by a call back
 * to a known number (seed 002, "sharing securely": check identity and entitlement before releasing).
 */
public record ContactPoint(Kind kind, String label, String value) {

    /** How the contact point is used. */
    public enum Kind {
        SECURE_EMAIL("Secure email"),
        TELEPHONE("Telephone"),
        OUT_OF_HOURS_TELEPHONE("Out of hours telephone"),
        POSTAL_ADDRESS("Postal address");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
