package org.safeshare.people.domain;

/** How someone came to hold parental responsibility, each with the provision that gives it. */
public enum ParentalResponsibilityBasis {
    BIRTH_MOTHER("Birth mother (Children Act 1989, s2(1) and s2(2)(a))"),
    MARRIED_TO_MOTHER_AT_BIRTH("Father married to the mother at the birth (Children Act 1989, s2(1))"),
    NAMED_ON_BIRTH_REGISTER("Father named on the birth register, for births registered from 1 December 2003 (Children Act 1989, s4(1)(a))"),
    PARENTAL_RESPONSIBILITY_AGREEMENT("Parental responsibility agreement with the mother (Children Act 1989, s4(1)(b) or s4ZA)"),
    PARENTAL_RESPONSIBILITY_ORDER("Parental responsibility order made by a court (Children Act 1989, s4(1)(c) or s4ZA)"),
    SPOUSE_OR_CIVIL_PARTNER_AT_BIRTH("Mother's spouse or civil partner at the birth, as second parent (Children Act 1989, s2(1A))"),
    STEP_PARENT_AGREEMENT_OR_ORDER("Step-parent by agreement or court order (Children Act 1989, s4A)"),
    CHILD_ARRANGEMENTS_ORDER_LIVES_WITH("Named in a child arrangements order as someone the child lives with (Children Act 1989, s12(2))"),
    SPECIAL_GUARDIANSHIP_ORDER("Special guardian (Children Act 1989, s14C)"),
    ADOPTION_ORDER("Adoptive parent under an adoption order (Adoption and Children Act 2002, s46)"),
    GUARDIAN("Guardian appointed after a parent's death (Children Act 1989, s5(6))"),
    LOCAL_AUTHORITY_CARE_ORDER("Local authority under a care order, shared with parents (Children Act 1989, s33(3))");

    private final String label;

    ParentalResponsibilityBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** These arise from being the child's legal parent, so they only describe a parent relationship. */
    public boolean onlyForParents() {
        return switch (this) {
            case BIRTH_MOTHER, MARRIED_TO_MOTHER_AT_BIRTH, NAMED_ON_BIRTH_REGISTER, PARENTAL_RESPONSIBILITY_AGREEMENT,
                    SPOUSE_OR_CIVIL_PARTNER_AT_BIRTH, ADOPTION_ORDER -> true;
            default -> false;
        };
    }
}
