package org.safeshare.actions.domain;

/** Where an action stands. It is open until it closes with an outcome; "not done" waits for the setter's agreement. */
public enum ActionStatus {
    OPEN("Open"),
    NOT_DONE_PROPOSED("Not done: waiting for agreement"),
    DONE("Done"),
    NOT_DONE("Not done (agreed)");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == DONE || this == NOT_DONE;
    }
}
