package org.safeshare.agreements;

/** The lawful bases an agreement may rest on, named as the law names them. */
public enum LawfulBasisCited {
    PUBLIC_TASK("Public task (UK GDPR Article 6(1)(e))"),
    LEGAL_OBLIGATION("Legal obligation (UK GDPR Article 6(1)(c))"),
    RECOGNISED_LEGITIMATE_INTEREST("Recognised legitimate interest (UK GDPR Article 6(1)(ea))"),
    LEGITIMATE_INTERESTS("Legitimate interests (UK GDPR Article 6(1)(f))"),
    CONSENT("Consent (UK GDPR Article 6(1)(a))"),
    SAFEGUARDING_CONDITION("Safeguarding of children and individuals at risk (DPA 2018 Schedule 1 paragraph 18)"),
    HEALTH_AND_SOCIAL_CARE("Health or social care (UK GDPR Article 9(2)(h), DPA 2018 Schedule 1 paragraph 2)"),
    LAW_ENFORCEMENT("Law enforcement processing (DPA 2018 Part 3, section 35)");

    private final String label;

    LawfulBasisCited(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
