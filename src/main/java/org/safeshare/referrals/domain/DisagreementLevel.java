package org.safeshare.referrals.domain;

/**
 * The level a professional disagreement goes to, in the order a partnership's escalation (resolution of professional
 * disagreements) policy usually climbs them.
 */
public enum DisagreementLevel {
    TEAM_MANAGER("MASH team manager"),
    SERVICE_MANAGER("Service manager"),
    HEAD_OF_SERVICE("Head of service"),
    PARTNERSHIP("Safeguarding partnership");

    private final String label;

    DisagreementLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
