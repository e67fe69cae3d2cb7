package org.safeshare.exchange.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.exchange.NewInformationRequest;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.people.PersonId;
import org.springframework.util.MultiValueMap;

/**
 * The form as posted, kept as text so that it is shown again exactly as typed. {@code named} maps an organisation's id
 * to the practitioner asked by name there, or {@code team:<id>} for one of its teams ({@code named-<organisation id>}), when
 * one was chosen.
 */
public record RequestForm(String person, List<String> organisations, String urgency, String purposeCategory, String purpose,
        String lawfulBasis, String statesPublicTask, String questions, Map<String, String> named) {

    static final String NAMED = "named-";
    /** The prefix of a team's value in the named choice; a practitioner's value is their bare id. */
    static final String TEAM = "team:";

    public RequestForm {
        named = Map.copyOf(named);
    }

    static RequestForm empty(String person) {
        return new RequestForm(person, List.of(), "", "SAFEGUARDING", "", "", "", "", Map.of());
    }

    static RequestForm of(MultiValueMap<String, String> posted) {
        List<String> organisations = Optional.ofNullable(posted.get("organisations")).orElse(List.of());
        Map<String, String> named = new LinkedHashMap<>();
        // Only the organisations asked, so a choice left under an unticked organisation is dropped, not sent.
        organisations.stream().distinct().forEach(o -> Optional.ofNullable(posted.getFirst(NAMED + o)).filter(v -> !v.isBlank())
                .ifPresent(v -> named.put(o, v)));
        return new RequestForm(first(posted, "person"), organisations, first(posted, "urgency"), first(posted, "purposeCategory"),
                first(posted, "purpose"), first(posted, "lawfulBasis"), first(posted, "statesPublicTask"), first(posted, "questions"), named);
    }

    /** The page field of a problem about addressee {@code index}'s named practitioner. */
    String namedField(int index) {
        return index < organisations.size() ? NAMED + organisations.get(index) : "organisations";
    }

    public String namedAt(String organisation) {
        return named.getOrDefault(organisation, "");
    }

    public NewInformationRequest asked(PersonId id) {
        List<NewInformationRequest.Addressee> addressees = new ArrayList<>();
        for (String organisation : organisations) {
            String named = this.named.get(organisation);
            boolean team = named != null && named.startsWith(TEAM);
            // An id that is not one is still sent, as the nil id, so the check refuses it rather than quietly asking no one by name.
            UUID chosen = named == null ? null : Optional.ofNullable(uuid(team ? named.substring(TEAM.length()) : named)).orElse(new UUID(0, 0));
            addressees.add(new NewInformationRequest.Addressee(uuid(organisation), team ? null : chosen, team ? chosen : null));
        }
        return new NewInformationRequest(id.value(), named(PurposeCategory.class, purposeCategory), purpose, lawfulBasis,
                "yes".equals(statesPublicTask) ? Boolean.TRUE : "no".equals(statesPublicTask) ? Boolean.FALSE : null,
                named(Urgency.class, urgency), questionList(), addressees);
    }

    public List<String> questionList() {
        return Arrays.stream(questions.split("\\R")).map(String::trim).filter(q -> !q.isEmpty()).toList();
    }

    private static String first(MultiValueMap<String, String> posted, String field) {
        String value = posted.getFirst(field);
        return value == null ? "" : value;
    }

    private static UUID uuid(String text) {
        try {
            if (text == null) {
                return null;
            }
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
