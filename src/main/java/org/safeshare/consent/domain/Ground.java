package org.safeshare.consent.domain;

/** Seed 003's list of when not to seek consent, or to set a refusal aside; nothing else justifies it. */
public enum Ground {
    LEGAL_OBLIGATION("A legal obligation, such as a court order"),
    STATUTORY_REQUIREMENT("A statutory requirement, such as notifying a disease"),
    SIGNIFICANT_HARM("Overriding public interest: actual or potential risk of significant harm"),
    SERIOUS_CRIME("Overriding public interest: to prevent or detect a serious crime");

    private final String label;

    Ground(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The four categories of significant harm (Working Together to Safeguard Children 2023). */
    public enum HarmForm {
        PHYSICAL("Physical abuse"), EMOTIONAL("Emotional abuse"), SEXUAL("Sexual abuse"), NEGLECT("Neglect");

        private final String label;

        HarmForm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
