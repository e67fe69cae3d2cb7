package org.safeshare.exchange.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.exchange.NewInformationRequest;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.people.PersonId;

/**
 * The form as posted, kept as text so that it is shown again exactly as typed; bound through its constructor only.
 * {@code named} maps an organisation's id to the practitioner asked by name there, or {@code team:<id>} for one of its
 * teams (posted as {@code named[<organisation id>]}), when one was chosen.
 */
public record RequestForm(String person, List<String> organisations, String urgency, String purposeCategory, String purpose,
        String lawfulBasis, String statesPublicTask, String questions, Map<String, String> named) {

    /** The id of an organisation's named choice on the page, for its label and the error summary's link. */
    static final String NAMED = "named-";
    /** The prefix of a team's value in the named choice; a practitioner's value is their bare id. */
    static final String TEAM = "team:";

    public RequestForm {
        person = text(person);
        organisations = organisations == null ? List.of() : organisations.stream().distinct().toList();
        urgency = text(urgency);
        purposeCategory = text(purposeCategory);
        purpose = text(purpose);
        lawfulBasis = text(lawfulBasis);
        statesPublicTask = text(statesPublicTask);
        questions = text(questions);
        // Only the organisations asked, so a choice left under an unticked organisation is dropped, not sent.
        Map<String, String> asked = new LinkedHashMap<>();
        List<String> chosen = organisations;
        Optional.ofNullable(named).orElse(Map.of()).forEach((o, v) -> {
            if (chosen.contains(o) && v != null && !v.isBlank()) {
                asked.put(o, v);
            }
        });
        named = Collections.unmodifiableMap(asked);
    }

    static RequestForm empty(String person) {
        return new RequestForm(person, List.of(), "", "SAFEGUARDING", "", "", "", "", Map.of());
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

    private static String text(String value) {
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
