package org.safeshare.referrals.domain;

/**
 * The agency an attendee of a strategy discussion speaks for. Working Together to Safeguard Children 2023 (chapter 4)
 * asks that a strategy discussion involve at least children's social care, the police, health and the referring agency
 * (for a school, education).
 */
public enum Agency {
    POLICE("Police"), SOCIAL_CARE("Social care"), HEALTH("Health"), EDUCATION("Education"), OTHER("Other agency");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
