package org.safeshare.platform.security;

/**
 * What a user may do, named as the guidance names the people who share, advise and oversee.
 * A user holds one or more roles in exactly one organisation.
 */
public enum Role {
    PRACTITIONER("Practitioner"),
    DESIGNATED_SAFEGUARDING_LEAD("Designated safeguarding lead"),
    INFORMATION_GOVERNANCE_LEAD("Information governance lead"),
    CALDICOTT_GUARDIAN("Caldicott guardian"),
    MASH_OFFICER("MASH officer"),
    ORGANISATION_ADMINISTRATOR("Organisation administrator"),
    PARTNERSHIP_ADMINISTRATOR("Partnership administrator"),
    /** Reads the audit trail of their own organisation only. */
    AUDITOR("Auditor"),
    /** Reads the audit trail of every organisation in their partnership. */
    PARTNERSHIP_AUDITOR("Partnership auditor"),
    /** A partner system calling the API with its organisation's bearer token. */
    API_CLIENT("Partner system");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Roles whose powers reach beyond the user's own organisation: only a partnership administrator may
     * grant them (an organisation administrator minting one would be a privilege escalation).
     */
    public boolean partnershipWide() {
        return switch (this) {
            case PARTNERSHIP_ADMINISTRATOR, PARTNERSHIP_AUDITOR, MASH_OFFICER -> true;
            default -> false;
        };
    }

    /** Roles that work with records about people (as opposed to administering or auditing). */
    public boolean worksWithPeople() {
        return switch (this) {
            case PRACTITIONER, DESIGNATED_SAFEGUARDING_LEAD, INFORMATION_GOVERNANCE_LEAD, CALDICOTT_GUARDIAN, MASH_OFFICER,
                    API_CLIENT -> true;
            default -> false;
        };
    }
}
