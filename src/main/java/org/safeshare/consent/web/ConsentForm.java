package org.safeshare.consent.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * The consent form's fields as typed, and the terms they make. The giver is "SUBJECT", "ATTORNEY",
 * "COURT_OF_PROTECTION_DEPUTY", or "person:" and the id of someone on the person's record.
 */
final class ConsentForm {

    static final Set<String> FIELDS = Set.of("answer", "giver", "giverName", "whatWillHappen", "whoWillBeTold", "whoTheyMayTell", "why",
            "purposes", "recipientOrganisations", "recipientTypes", "informationCategories", "method", "evidence", "givenOnDay",
            "givenOnMonth", "givenOnYear", "expiresOnDay", "expiresOnMonth", "expiresOnYear", "childViews");

    /** The fields as the page shows them, top to bottom: the error summary lists problems in this order. */
    static final List<String> ORDER = List.of("answer", "giver", "giverName", "whatWillHappen", "whoWillBeTold", "whoTheyMayTell", "why",
            "purposes", "recipientOrganisations", "recipientTypes", "informationCategories", "method", "evidence", "givenOn", "expiresOn",
            "childViews", "correctionReason");

    private ConsentForm() {}

    /** The page's errors in form order. */
    static org.safeshare.platform.web.FormErrors errors(Map<String, String> problems) {
        return org.safeshare.platform.web.FormErrors.of(problems).inOrder(ORDER);
    }

    /** The terms, with any unreadable date added to {@code problems}. */
    static ConsentTerms terms(MultiValueMap<String, String> f, Map<String, String> problems) {
        LocalDate givenOn = DateInput.of(f, "givenOn").read("givenOn", "Date consent was given or refused", problems);
        LocalDate expiresOn = DateInput.of(f, "expiresOn").read("expiresOn", "Expiry date", problems);
        return new ConsentTerms(enumOf(ConsentAnswer.class, f.getFirst("answer")), giver(f),
                new InformedElements(text(f, "whatWillHappen"), text(f, "whoWillBeTold"), text(f, "whoTheyMayTell"), text(f, "why")),
                new ConsentScope(enums(PurposeCategory.class, f.get("purposes")), uuids(f.get("recipientOrganisations")),
                        enums(OrganisationType.class, f.get("recipientTypes")), lines(text(f, "informationCategories"))),
                enumOf(ConsentMethod.class, f.getFirst("method")), text(f, "evidence"), givenOn, expiresOn, text(f, "childViews"));
    }

    /** The form as the terms were saved, so a correction starts from the current version's answers. */
    static MultiValueMap<String, String> fields(ConsentTerms t) {
        LinkedMultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        put(f, "answer", t.answer());
        if (t.giver() != null && t.giver().kind() != null) {
            boolean related = t.giver().kind() == ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY && t.giver().personId() != null;
            put(f, "giver", related ? "person:" + t.giver().personId() : t.giver().kind().name());
            if (t.giver().kind() == ConsentGiver.ATTORNEY || t.giver().kind() == ConsentGiver.COURT_OF_PROTECTION_DEPUTY) {
                put(f, "giverName", t.giver().name());
            }
        }
        if (t.told() != null) {
            put(f, "whatWillHappen", t.told().whatWillHappen());
            put(f, "whoWillBeTold", t.told().whoWillBeTold());
            put(f, "whoTheyMayTell", t.told().whoTheyMayTell());
            put(f, "why", t.told().why());
        }
        if (t.scope() != null) {
            t.scope().purposes().forEach(p -> f.add("purposes", p.name()));
            t.scope().recipientOrganisations().forEach(o -> f.add("recipientOrganisations", o.toString()));
            t.scope().recipientTypes().forEach(o -> f.add("recipientTypes", o.name()));
            put(f, "informationCategories", t.scope().informationCategories().isEmpty() ? null
                    : String.join("\n", new java.util.TreeSet<>(t.scope().informationCategories())));
        }
        put(f, "method", t.method());
        put(f, "evidence", t.evidence());
        date(f, "givenOn", t.givenOn());
        date(f, "expiresOn", t.expiresOn());
        put(f, "childViews", t.childViews());
        return f;
    }

    private static void put(MultiValueMap<String, String> f, String name, Object value) {
        if (value != null) {
            f.add(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static void date(MultiValueMap<String, String> f, String field, LocalDate date) {
        if (date != null) {
            f.add(field + "Day", String.valueOf(date.getDayOfMonth()));
            f.add(field + "Month", String.valueOf(date.getMonthValue()));
            f.add(field + "Year", String.valueOf(date.getYear()));
        }
    }

    /** Only the form's own fields are kept: anything else posted is ignored. */
    static MultiValueMap<String, String> allowed(MultiValueMap<String, String> form) {
        LinkedMultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        form.forEach((name, values) -> {
            if (FIELDS.contains(name)) {
                kept.put(name, List.copyOf(values));
            }
        });
        return kept;
    }

    static Map<String, String> problems() {
        return new LinkedHashMap<>();
    }

    private static Giver giver(MultiValueMap<String, String> f) {
        String giver = java.util.Objects.requireNonNullElse(text(f, "giver"), "");
        if (giver.startsWith("person:")) {
            return new Giver(ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY, uuid(giver.substring(7)), null, null);
        }
        ConsentGiver kind = enumOf(ConsentGiver.class, giver);
        return kind == null ? null : new Giver(kind, null, text(f, "giverName"), null);
    }

    static String text(MultiValueMap<String, String> f, String name) {
        String value = f.getFirst(name);
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
