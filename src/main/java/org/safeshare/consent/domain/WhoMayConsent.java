package org.safeshare.consent.domain;

import java.util.Optional;

/** Who may give consent for this person and this decision, and why the law says so. */
public record WhoMayConsent(Who who, String reason, Optional<CapacityAssessment> assessment) {

    public enum Who {
        THE_PERSON("The person themself"),
        PERSON_WITH_PARENTAL_RESPONSIBILITY("A person with parental responsibility"),
        ATTORNEY_OR_DEPUTY("An attorney or Court of Protection deputy");

        private final String label;

        Who(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether a record's giver is someone who may consent now; a holder must still hold responsibility. */
    public boolean entitles(ConsentGiver giver, Subject subject) {
        return switch (who) {
            case THE_PERSON -> giver.kind() == ConsentGiver.Kind.SUBJECT;
            case PERSON_WITH_PARENTAL_RESPONSIBILITY -> giver.kind() == ConsentGiver.Kind.PERSON_WITH_PARENTAL_RESPONSIBILITY
                    && giver.personId() != null && subject.holder(giver.personId()).isPresent();
            case ATTORNEY_OR_DEPUTY -> giver.kind() == ConsentGiver.Kind.ATTORNEY || giver.kind() == ConsentGiver.Kind.COURT_OF_PROTECTION_DEPUTY;
        };
    }
}
