package org.safeshare.consent.domain;

import java.util.Optional;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;

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
    public boolean entitles(Giver giver, Subject subject) {
        return switch (who) {
            case THE_PERSON -> giver.kind() == ConsentGiver.SUBJECT;
            case PERSON_WITH_PARENTAL_RESPONSIBILITY -> giver.kind() == ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY
                    && giver.personId() != null && subject.holder(giver.personId()).isPresent();
            case ATTORNEY_OR_DEPUTY -> giver.kind() == ConsentGiver.ATTORNEY || giver.kind() == ConsentGiver.COURT_OF_PROTECTION_DEPUTY;
        };
    }
}
