package org.safeshare.consent.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.consent.domain.ConsentAnswer;
import org.safeshare.consent.domain.ConsentMethod;
import org.safeshare.consent.domain.ConsentScope;
import org.safeshare.consent.domain.ConsentTerms;
import org.safeshare.consent.domain.Giver;
import org.safeshare.consent.domain.InformedElements;
import org.safeshare.decisions.domain.vocabulary.ConsentGiver;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.platform.web.DateInput;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The consent form as posted, bound through its constructor only (the record's components are the allow-list: any other
 * posted field is never read), and the terms it makes. The giver is "SUBJECT", "ATTORNEY", "COURT_OF_PROTECTION_DEPUTY",
 * or "person:" and the id of someone on the person's record. Serializable: the draft waits in the session for "check".
 */
record ConsentForm(String answer, String giver, String giverName, String whatWillHappen, String whoWillBeTold, String whoTheyMayTell,
        String why, List<String> purposes, List<String> recipientOrganisations, List<String> recipientTypes, String informationCategories,
        String method, String evidence, String givenOnDay, String givenOnMonth, String givenOnYear, String expiresOnDay,
        String expiresOnMonth, String expiresOnYear, String childViews) implements Serializable {

    /** The fields as the page shows them, top to bottom: the error summary lists problems in this order. */
    static final List<String> ORDER = List.of("answer", "giver", "giverName", "whatWillHappen", "whoWillBeTold", "whoTheyMayTell", "why",
            "purposes", "recipientOrganisations", "recipientTypes", "informationCategories", "method", "evidence", "givenOn", "expiresOn",
            "childViews", "correctionReason");

    ConsentForm {
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        recipientOrganisations = recipientOrganisations == null ? List.of() : List.copyOf(recipientOrganisations);
        recipientTypes = recipientTypes == null ? List.of() : List.copyOf(recipientTypes);
    }

    static ConsentForm blank() {
        return new ConsentForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** The page's errors in form order. */
    static org.safeshare.platform.web.FormErrors errors(Map<String, String> problems) {
        return org.safeshare.platform.web.FormErrors.of(problems).inOrder(ORDER);
    }

    /** The terms, with any unreadable date added to {@code problems}. */
    ConsentTerms terms(Map<String, String> problems) {
        LocalDate givenOn = new DateInput(givenOnDay, givenOnMonth, givenOnYear).read("givenOn", "Date consent was given or refused", problems);
        LocalDate expiresOn = new DateInput(expiresOnDay, expiresOnMonth, expiresOnYear).read("expiresOn", "Expiry date", problems);
        return new ConsentTerms(enumOf(ConsentAnswer.class, answer), giverOf(),
                new InformedElements(text(whatWillHappen), text(whoWillBeTold), text(whoTheyMayTell), text(why)),
                new ConsentScope(enums(PurposeCategory.class, purposes), uuids(recipientOrganisations),
                        enums(OrganisationType.class, recipientTypes), lines(text(informationCategories))),
                enumOf(ConsentMethod.class, method), text(evidence), givenOn, expiresOn, text(childViews));
    }

    /** The form as the terms were saved, so a correction starts from the current version's answers. */
    static ConsentForm of(ConsentTerms t) {
        String giver = null;
        String giverName = null;
        if (t.giver() != null && t.giver().kind() != null) {
            boolean related = t.giver().kind() == ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY && t.giver().personId() != null;
            giver = related ? "person:" + t.giver().personId() : t.giver().kind().name();
            if (t.giver().kind() == ConsentGiver.ATTORNEY || t.giver().kind() == ConsentGiver.COURT_OF_PROTECTION_DEPUTY) {
                giverName = t.giver().name();
            }
        }
        InformedElements told = t.told() == null ? new InformedElements(null, null, null, null) : t.told();
        ConsentScope scope = t.scope() == null ? new ConsentScope(Set.of(), Set.of(), Set.of(), Set.of()) : t.scope();
        LocalDate given = t.givenOn();
        LocalDate expires = t.expiresOn();
        return new ConsentForm(name(t.answer()), giver, giverName, told.whatWillHappen(), told.whoWillBeTold(), told.whoTheyMayTell(),
                told.why(), scope.purposes().stream().map(Enum::name).toList(),
                scope.recipientOrganisations().stream().map(UUID::toString).toList(), scope.recipientTypes().stream().map(Enum::name).toList(),
                scope.informationCategories().isEmpty() ? null : String.join("\n", new TreeSet<>(scope.informationCategories())),
                name(t.method()), t.evidence(), day(given), month(given), year(given), day(expires), month(expires), year(expires),
                t.childViews());
    }

    /** The values by field name, for the page (what the user typed comes back on error) and the hidden fields. */
    MultiValueMap<String, String> values() {
        LinkedMultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        put(f, "answer", answer);
        put(f, "giver", giver);
        put(f, "giverName", giverName);
        put(f, "whatWillHappen", whatWillHappen);
        put(f, "whoWillBeTold", whoWillBeTold);
        put(f, "whoTheyMayTell", whoTheyMayTell);
        put(f, "why", why);
        purposes.forEach(v -> f.add("purposes", v));
        recipientOrganisations.forEach(v -> f.add("recipientOrganisations", v));
        recipientTypes.forEach(v -> f.add("recipientTypes", v));
        put(f, "informationCategories", informationCategories);
        put(f, "method", method);
        put(f, "evidence", evidence);
        put(f, "givenOnDay", givenOnDay);
        put(f, "givenOnMonth", givenOnMonth);
        put(f, "givenOnYear", givenOnYear);
        put(f, "expiresOnDay", expiresOnDay);
        put(f, "expiresOnMonth", expiresOnMonth);
        put(f, "expiresOnYear", expiresOnYear);
        put(f, "childViews", childViews);
        return f;
    }

    private static void put(MultiValueMap<String, String> f, String name, String value) {
        if (value != null) {
            f.add(name, value);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String day(LocalDate date) {
        return date == null ? null : String.valueOf(date.getDayOfMonth());
    }

    private static String month(LocalDate date) {
        return date == null ? null : String.valueOf(date.getMonthValue());
    }

    private static String year(LocalDate date) {
        return date == null ? null : String.valueOf(date.getYear());
    }

    static Map<String, String> problems() {
        return new LinkedHashMap<>();
    }

    private Giver giverOf() {
        String chosen = Objects.requireNonNullElse(text(giver), "");
        if (chosen.startsWith("person:")) {
            return new Giver(ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY, uuid(chosen.substring(7)), null, null);
        }
        ConsentGiver kind = enumOf(ConsentGiver.class, chosen);
        return kind == null ? null : new Giver(kind, null, text(giverName), null);
    }

    /** What was typed, trimmed; nothing (or only spaces) is null. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Set<String> lines(String text) {
        return text == null ? Set.of() : Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> values) {
        return values == null ? Set.of() : values.stream().map(v -> enumOf(type, v)).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    static Set<UUID> uuids(List<String> values) {
        return values == null ? Set.of() : values.stream().map(ConsentForm::uuid).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
