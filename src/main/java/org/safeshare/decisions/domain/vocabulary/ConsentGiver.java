package org.safeshare.decisions.domain.vocabulary;

/**
 * Who gave (or refused) consent: the person, a person with parental responsibility (Children Act 1989 ss2-4A), an
 * attorney or a Court of Protection deputy (Mental Capacity Act 2005 ss9-20), or someone else, who cannot consent for
 * the person and whose consent the decision engine does not rely on.
 */
public enum ConsentGiver {
    SUBJECT("The person themself"),
    PERSON_WITH_PARENTAL_RESPONSIBILITY("A parent or other person with parental responsibility"),
    ATTORNEY("An attorney under a lasting or enduring power of attorney"),
    COURT_OF_PROTECTION_DEPUTY("A deputy appointed by the Court of Protection"),
    OTHER("Someone else");

    private final String label;

    ConsentGiver(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
