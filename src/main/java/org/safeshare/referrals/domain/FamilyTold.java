package org.safeshare.referrals.domain;

/**
 * Whether the family knows of the referral: Working Together to Safeguard Children 2023 asks referrers to discuss it
 * with the family and seek their agreement, unless that would put the child at risk of significant harm.
 */
public enum FamilyTold {
    TOLD_AND_AGREED("Told, and they agreed"),
    TOLD_AND_DID_NOT_AGREE("Told, and they did not agree"),
    NOT_TOLD("Not told");

    private final String label;

    FamilyTold(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
