package org.safeshare.disclosures.domain;

/** A field of the person's record the sender may choose to share, copied as it reads when the disclosure is sent. */
public enum PersonField {
    NAME("Name"),
    DATE_OF_BIRTH("Date of birth (or expected date of delivery)"),
    NHS_NUMBER("NHS number"),
    SEX("Sex"),
    CURRENT_ADDRESS("Current address"),
    OTHER_NAMES("Other names"),
    PARENTAL_RESPONSIBILITY("Who holds parental responsibility");

    private final String label;

    PersonField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
