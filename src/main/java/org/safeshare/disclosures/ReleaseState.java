package org.safeshare.disclosures;

/** Where an item's identities at risk stand: none named; withheld; release asked of a DSL; released; release refused. */
public enum ReleaseState {
    NONE, REDACTED, REQUESTED, RELEASED, REFUSED;

    /** Whether the recipient reads the names: only after a DSL's approval, or when there are none. */
    public boolean namesShown() {
        return this == NONE || this == RELEASED;
    }
}
