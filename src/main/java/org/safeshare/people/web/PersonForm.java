package org.safeshare.people.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeshare.people.PersonSearch;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.Sex;
import org.safeshare.platform.web.DateInput;

/**
 * What was typed into the add-a-person form, kept as text so it can be shown back exactly, and held
 * in the session between the form and "Check your answers".
 */
record PersonForm(String kind, String givenName, String familyName, String dateOfBirthDay, String dateOfBirthMonth,
        String dateOfBirthYear, String expectedDateOfDeliveryDay, String expectedDateOfDeliveryMonth,
        String expectedDateOfDeliveryYear, String sex, String nhsNumber, String uniquePupilNumber, String addressLine1,
        String addressLine2, String town, String postcode) implements Serializable {

    PersonForm {
        kind = text(kind);
        givenName = text(givenName);
        familyName = text(familyName);
        dateOfBirthDay = text(dateOfBirthDay);
        dateOfBirthMonth = text(dateOfBirthMonth);
        dateOfBirthYear = text(dateOfBirthYear);
        expectedDateOfDeliveryDay = text(expectedDateOfDeliveryDay);
        expectedDateOfDeliveryMonth = text(expectedDateOfDeliveryMonth);
        expectedDateOfDeliveryYear = text(expectedDateOfDeliveryYear);
        sex = text(sex);
        nhsNumber = text(nhsNumber);
        uniquePupilNumber = text(uniquePupilNumber);
        addressLine1 = text(addressLine1);
        addressLine2 = text(addressLine2);
        town = text(town);
        postcode = text(postcode);
    }

    static PersonForm empty() {
        return new PersonForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Starts the form from the search that found no one: a name, an NHS number or a date of birth. */
    static PersonForm fromSearch(String query) {
        PersonSearch search = PersonSearch.of(query);
        String[] words = search.name().map(n -> n.split(" ", 2)).orElse(new String[0]);
        LocalDate birth = search.dateOfBirth().orElse(null);
        return new PersonForm(null, words.length > 0 ? words[0] : null, words.length > 1 ? words[1] : null,
                birth == null ? null : String.valueOf(birth.getDayOfMonth()), birth == null ? null : String.valueOf(birth.getMonthValue()),
                birth == null ? null : String.valueOf(birth.getYear()), null, null, null, null,
                search.nhsNumber().map(Object::toString).orElse(null), null, null, null, null, null);
    }

    /** The draft, with the problems the form itself finds (unreadable dates and choices) first. */
    Drafted draft() {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate birth = new DateInput(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear)
                .read("dateOfBirth", "Date of birth", problems);
        LocalDate expected = new DateInput(expectedDateOfDeliveryDay, expectedDateOfDeliveryMonth, expectedDateOfDeliveryYear)
                .read("expectedDateOfDelivery", "Expected date of delivery", problems);
        PersonDraft draft = new PersonDraft(choice(PersonKind.class, kind), givenName, familyName, birth, expected, choice(Sex.class, sex), nhsNumber, uniquePupilNumber, List.of(), addressLine1,
                addressLine2, town, postcode);
        return new Drafted(draft, problems);
    }

    /** A draft and the form's own problems with it. */
    record Drafted(PersonDraft draft, Map<String, String> problems) {}

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value.isEmpty() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }
}
