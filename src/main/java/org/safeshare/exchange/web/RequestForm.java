package org.safeshare.exchange.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.exchange.NewInformationRequest;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.people.PersonId;
import org.springframework.util.MultiValueMap;

/** The form as posted, kept as text so that it is shown again exactly as typed. */
public record RequestForm(String person, List<String> organisations, String urgency, String purposeCategory, String purpose,
        String lawfulBasis, String statesPublicTask, String questions) {

    static RequestForm empty(String person) {
        return new RequestForm(person, List.of(), "", "SAFEGUARDING", "", "", "", "");
    }

    static RequestForm of(MultiValueMap<String, String> posted) {
        return new RequestForm(first(posted, "person"), Optional.ofNullable(posted.get("organisations")).orElse(List.of()),
                first(posted, "urgency"), first(posted, "purposeCategory"), first(posted, "purpose"), first(posted, "lawfulBasis"),
                first(posted, "statesPublicTask"), first(posted, "questions"));
    }

    public NewInformationRequest asked(PersonId id) {
        List<NewInformationRequest.Addressee> addressees = new ArrayList<>();
        for (String organisation : organisations) {
            addressees.add(new NewInformationRequest.Addressee(uuid(organisation), null));
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
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
