package org.safeshare.actions.subjects;

/** The kinds of record an action can be set on; each is answered for by the module that owns it. */
public enum SubjectKind {
    DECISION("a sharing decision"),
    INFORMATION_REQUEST("an information request"),
    DISCLOSURE("a disclosure"),
    REFERRAL("a referral"),
    MEETING("a meeting");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    /** The kind in a sentence: "an action on a sharing decision". */
    public String label() {
        return label;
    }
}
