package org.safeshare.organisations;

/** The kinds of agency in a safeguarding partnership, named as practitioners name them. */
public enum OrganisationType {
    PRIMARY_SCHOOL("Primary school"),
    SECONDARY_SCHOOL("Secondary school"),
    EARLY_YEARS_SETTING("Early years setting"),
    GP_PRACTICE("GP practice"),
    HOSPITAL("Hospital"),
    COMMUNITY_HEALTH("Community health service"),
    POLICE("Police"),
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    MASH("Multi-agency safeguarding hub (MASH)"),
    EARLY_HELP("Early help"),
    ADULT_SOCIAL_CARE("Adult social care"),
    HOUSING("Housing"),
    PROBATION("Probation"),
    VOLUNTARY_SECTOR("Voluntary sector");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
