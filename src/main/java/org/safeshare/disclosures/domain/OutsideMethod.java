package org.safeshare.disclosures.domain;

/** How information was shared outside Safeshare, each with the checks that make it secure. */
public enum OutsideMethod {
    TELEPHONE("Telephone"),
    MEETING("Meeting"),
    LETTER("Letter"),
    SECURE_EMAIL("Secure email");

    private final String label;

    OutsideMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
