package org.safeshare.people.domain;

/** Sex as recorded by the organisation; "not known" and "not recorded" are respectful, valid answers. */
public enum Sex {
    FEMALE("Female"),
    MALE("Male"),
    UNKNOWN("Not known"),
    NOT_RECORDED("Not recorded");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
