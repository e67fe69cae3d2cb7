package org.safeshare.disclosures.domain;

/**
 * What an item is. Fact, professional opinion and historical information are kept apart so the recipient can weigh
 * each (HM Government information sharing advice 2018, golden rule 6: accurate and up to date, fact distinguished from
 * opinion, historical information explained).
 */
public enum ItemKind {
    FIELD("From the person's record"),
    FACT("Fact"),
    OPINION("Professional opinion"),
    HISTORICAL("Historical information");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean freeText() {
        return this != FIELD;
    }
}
