package org.safeshare.consent.domain;

/** Whether consent was given or refused; a refusal is a record too, respected unless set aside (golden rule 4). */
public enum ConsentAnswer {
    GIVEN("Consent given"), REFUSED("Consent refused");

    private final String label;

    ConsentAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
