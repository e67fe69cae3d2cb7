package org.safeshare.people.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a draft makes an acceptable record, as a problem per field in GOV.UK words (empty when it
 * does), and the record it makes. Accurate identification is the first step of sharing safely (seed 002).
 */
public final class PersonRules {

    private static final int MAX_NAME = 100;
    /** Column sizes in V3__people.sql: an over-long value is refused here, never cut or failed in the database. */
    private static final int MAX_ADDRESS_LINE = 200;
    private static final int MAX_TOWN = 100;
    /** Far more than anyone is known by; a longer list is a mistake. */
    static final int MAX_OTHER_NAMES = 20;

    private PersonRules() {}

    public static Map<String, String> problemsWith(PersonDraft draft, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.kind() == null) {
            problems.put("kind", "Select whether this is a child, an adult or an unborn baby");
        }
        nameProblems(draft, problems);
        problems.putAll(BirthDates.problemsWith(draft.kind(), draft.dateOfBirth(), draft.expectedDateOfDelivery(), today));
        if (draft.sex() == null) {
            problems.put("sex", "Select sex");
        }
        identifierProblems(draft, problems);
        addressProblems(draft, problems);
        if (draft.otherNames().size() > MAX_OTHER_NAMES) {
            problems.put("otherNames", "Record at most " + MAX_OTHER_NAMES + " other names");
        }
        return problems;
    }

    /** The accepted person; call only when {@link #problemsWith} found nothing. */
    public static Person person(PersonDraft draft) {
        boolean unborn = draft.kind() == PersonKind.UNBORN;
        return new Person(draft.kind(), new PersonName(draft.givenName(), draft.familyName()),
                unborn ? Optional.empty() : Optional.of(draft.dateOfBirth()),
                unborn ? Optional.of(draft.expectedDateOfDelivery()) : Optional.empty(), draft.sex(),
                optional(draft.nhsNumber()).flatMap(n -> NhsNumber.parse(n).accepted()),
                optional(draft.uniquePupilNumber()).flatMap(u -> UniquePupilNumber.parse(u).accepted()));
    }

    public static Optional<Address> address(PersonDraft draft) {
        if (!draft.hasAddress()) {
            return Optional.empty();
        }
        return Optional.of(new Address(draft.addressLine1(), draft.addressLine2(), draft.town(),
                Postcode.parse(draft.postcode()).accepted().orElseThrow()));
    }

    private static void nameProblems(PersonDraft draft, Map<String, String> problems) {
        // An unborn baby often has no name yet; everyone else must be identifiable by name.
        boolean required = draft.kind() != PersonKind.UNBORN;
        nameProblem(draft.givenName(), "given name", required).ifPresent(p -> problems.put("givenName", p));
        nameProblem(draft.familyName(), "family name", required).ifPresent(p -> problems.put("familyName", p));
    }

    private static Optional<String> nameProblem(String name, String what, boolean required) {
        if (PersonDraft.blank(name)) {
            return required ? Optional.of("Enter " + what) : Optional.empty();
        }
        if (name.trim().length() > MAX_NAME) {
            return Optional.of(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " must be 100 characters or fewer");
        }
        return Optional.empty();
    }

    /** Another name for someone already recorded: a kind and a family name, each within the column sizes. */
    public static Map<String, String> otherNameProblems(OtherName.Kind kind, String givenName, String familyName) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put("kind", "Select what kind of name this is");
        }
        nameProblem(givenName, "given name", false).ifPresent(p -> problems.put("givenName", p));
        nameProblem(familyName, "family name", true).ifPresent(p -> problems.put("familyName", p));
        return problems;
    }

    private static void identifierProblems(PersonDraft draft, Map<String, String> problems) {
        if (!PersonDraft.blank(draft.nhsNumber())) {
            if (draft.kind() == PersonKind.UNBORN) {
                problems.put("nhsNumber", "An unborn baby does not have an NHS number yet. Leave it blank");
            } else {
                NhsNumber.parse(draft.nhsNumber()).problem().ifPresent(p -> problems.put("nhsNumber", p));
            }
        }
        if (!PersonDraft.blank(draft.uniquePupilNumber())) {
            if (draft.kind() != PersonKind.CHILD) {
                problems.put("uniquePupilNumber", "Only a child can have a unique pupil number. Leave it blank");
            } else {
                UniquePupilNumber.parse(draft.uniquePupilNumber()).problem().ifPresent(p -> problems.put("uniquePupilNumber", p));
            }
        }
    }

    private static void addressProblems(PersonDraft draft, Map<String, String> problems) {
        if (!draft.hasAddress()) {
            return;
        }
        if (PersonDraft.blank(draft.addressLine1())) {
            problems.put("addressLine1", "Enter address line 1, typically the building and street");
        } else if (draft.addressLine1().trim().length() > MAX_ADDRESS_LINE) {
            problems.put("addressLine1", "Address line 1 must be 200 characters or fewer");
        }
        if (!PersonDraft.blank(draft.addressLine2()) && draft.addressLine2().trim().length() > MAX_ADDRESS_LINE) {
            problems.put("addressLine2", "Address line 2 must be 200 characters or fewer");
        }
        if (PersonDraft.blank(draft.town())) {
            problems.put("town", "Enter town or city");
        } else if (draft.town().trim().length() > MAX_TOWN) {
            problems.put("town", "Town or city must be 100 characters or fewer");
        }
        Postcode.parse(draft.postcode()).problem().ifPresent(p -> problems.put("postcode", p));
    }

    private static Optional<String> optional(String value) {
        return PersonDraft.blank(value) ? Optional.empty() : Optional.of(value);
    }
}
