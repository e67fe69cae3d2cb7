package org.safeshare.people.domain;

/**
 * How one person stands to another, read as "the related person is the subject's ___", with the
 * label for the other direction so both people's pages read naturally ("Parent" / "Child").
 */
public enum RelationshipType {
    PARENT("Parent", "Child", true),
    STEP_PARENT("Step-parent", "Stepchild", true),
    CARER("Carer", "Cared for by them", true),
    SIBLING("Sibling", "Sibling", false),
    HOUSEHOLD_MEMBER("Household member", "Household member", false),
    GRANDPARENT("Grandparent", "Grandchild", true),
    OTHER_RELATIVE("Other relative", "Other relative", true),
    PROFESSIONAL("Professional", "Works with them", false);

    private final String label;
    private final String inverseLabel;
    private final boolean mayHoldParentalResponsibility;

    RelationshipType(String label, String inverseLabel, boolean mayHoldParentalResponsibility) {
        this.label = label;
        this.inverseLabel = inverseLabel;
        this.mayHoldParentalResponsibility = mayHoldParentalResponsibility;
    }

    public String label() {
        return label;
    }

    public String inverseLabel() {
        return inverseLabel;
    }

    /**
     * Family members and carers can acquire parental responsibility (by birth, agreement or order,
     * Children Act 1989 ss2-4A, 12, 14C); siblings, household members and professionals do not by that relationship.
     */
    public boolean mayHoldParentalResponsibility() {
        return mayHoldParentalResponsibility;
    }
}
