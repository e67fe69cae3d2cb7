package org.safeshare.actions.domain;

/** One entry of an action's history: an outcome recorded, or the setter's answer to "not done". */
public enum HistoryKind {
    DONE("Done"),
    NOT_DONE_PROPOSED("Not done, agreement asked"),
    NOT_DONE_AGREED("Not done: agreed by the one who set it"),
    NOT_DONE_REFUSED("Not done: not agreed, the action is open again");

    private final String label;

    HistoryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
