package org.safeshare.people.domain;

/** Whether the person is a child (under 18, Children Act 1989 s105), an adult, or an unborn baby. */
public enum PersonKind {
    CHILD("Child"),
    ADULT("Adult"),
    UNBORN("Unborn baby");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parental responsibility is about children; it is recorded ahead of birth so it is known at once. */
    public boolean canHaveParentalResponsibilityHolders() {
        return this == CHILD || this == UNBORN;
    }
}
