package org.safeshare.organisations;

/**
 * The kinds of agency in a safeguarding partnership, named as practitioners name them. Each says whether such an
 * organisation is usually a public authority (UK GDPR public task is open to it; recognised legitimate interest and
 * legitimate interests are not) and whether it is usually within the duty to share of Children Act 2004 s16LA(4);
 * a partnership administrator corrects either for one organisation.
 */
public enum OrganisationType {
    PRIMARY_SCHOOL("Primary school (maintained or academy)"),
    SECONDARY_SCHOOL("Secondary school (maintained or academy)"),
    INDEPENDENT_SCHOOL("Independent school"),
    EARLY_YEARS_SETTING("Maintained nursery or early years setting"),
    PRIVATE_OR_VOLUNTARY_NURSERY("Private or voluntary nursery"),
    CHILDMINDER("Childminder"),
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

    /**
     * Councils, police, NHS bodies (GP practices for their NHS work), maintained schools and academies are public
     * authorities (Freedom of Information Act 2000 Schedule 1, which DPA 2018 section 7 follows); charities, independent
     * schools, private and voluntary nurseries and childminders are not.
     */
    public boolean publicAuthorityByDefault() {
        return switch (this) {
            case INDEPENDENT_SCHOOL, PRIVATE_OR_VOLUNTARY_NURSERY, CHILDMINDER, VOLUNTARY_SECTOR -> false;
            default -> true;
        };
    }

    /**
     * Within s16LA(4): bodies listed in Children Act 2004 s11(1) and designated education and childcare agencies. A
     * voluntary sector body is covered only as a contractor of one of them, which its administrator records.
     */
    public boolean coveredByDutyToShareByDefault() {
        return this != VOLUNTARY_SECTOR;
    }
}
