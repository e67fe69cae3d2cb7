package org.safeshare.agreements;

/** Why information is shared under an agreement; the same purposes the decision flow asks about, by name. */
public enum AgreedPurpose {
    SAFEGUARDING("Safeguarding children or adults at risk"),
    EARLY_HELP("Early help"),
    INDIVIDUAL_CARE("Individual care"),
    CRIME_PREVENTION("Preventing or detecting crime"),
    LEGAL_PROCEEDINGS("Legal proceedings"),
    STATUTORY_DUTY("A statutory duty"),
    OTHER("Another purpose");

    private final String label;

    AgreedPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
