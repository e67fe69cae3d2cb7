package org.safeshare.referrals.domain;

/** The MASH's RAG rating of a referral: how quickly the child's situation needs a response. */
public enum Rating {
    RED("Red"), AMBER("Amber"), GREEN("Green");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
