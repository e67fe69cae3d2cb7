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
    AUDITOR("Auditor"),
    /** A partner system calling the API with its organisation's bearer token. */
    API_CLIENT("Partner system");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
