package org.safeshare.people.domain;

/** Another name a person is or was known by: searching by it finds them (seed 002, "accurate and up to date"). */
public record OtherName(Kind kind, String givenName, String familyName) {

    public OtherName {
        givenName = PersonName.blankToNull(givenName);
        familyName = PersonName.blankToNull(familyName);
        if (kind == null || familyName == null) {
            throw new IllegalArgumentException("An other name needs a kind and a family name");
        }
    }

    public String full() {
        return new PersonName(givenName, familyName).full();
    }

    /** Why the name is recorded. */
    public enum Kind {
        FORMER("Former name"),
        ALTERNATIVE("Also known as"),
        PREFERRED("Preferred name");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
