package org.safeshare.people.domain;

/** A person's name as they use it. Either part may be missing for an unborn baby. */
public record PersonName(String givenName, String familyName) {

    public PersonName {
        givenName = blankToNull(givenName);
        familyName = blankToNull(familyName);
    }

    public boolean isEmpty() {
        return givenName == null && familyName == null;
    }

    public String full() {
        if (givenName == null) {
            return familyName == null ? "" : familyName;
        }
        return familyName == null ? givenName : givenName + " " + familyName;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
