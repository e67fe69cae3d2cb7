package org.safeshare.consent.domain;

/** How consent was given or refused; verbal consent needs a note of the conversation as its evidence. */
public enum ConsentMethod {
    VERBAL("Verbally"), WRITTEN("In writing"), ELECTRONIC("Electronically");

    private final String label;

    ConsentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
