package org.safeshare.exchange.domain;

/** A request's RAG urgency, as the requester rates it; the partnership sets how long each allows (ADR 0017). */
public enum Urgency {
    RED("Red"), AMBER("Amber"), GREEN("Green");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
