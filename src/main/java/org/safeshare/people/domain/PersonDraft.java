package org.safeshare.people.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A person as entered, before the rules have accepted it: identifiers are still the text typed.
 * Dates and choices have been read by the page or API already; a null means nothing usable was given.
 */
public record PersonDraft(PersonKind kind, String givenName, String familyName, LocalDate dateOfBirth,
        LocalDate expectedDateOfDelivery, Sex sex, String nhsNumber, String uniquePupilNumber, List<OtherName> otherNames,
        String addressLine1, String addressLine2, String town, String postcode) implements Serializable {

    public PersonDraft {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }

    boolean hasAddress() {
        return !blank(addressLine1) || !blank(addressLine2) || !blank(town) || !blank(postcode);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
