package org.safeshare.exchange.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.safeshare.decisions.SharingFacts;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.domain.vocabulary.ConsentStatus;
import org.safeshare.exchange.AnswerItem;
import org.safeshare.exchange.RequestResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A response to a request as posted, kept as typed; bound through its constructor only (its components are the
 * allow-list). Each question's answer, kind and source are posted as {@code answer[n]}, {@code kind[n]} and
 * {@code source[n]} for question n (the inputs' ids are "answer-n" and so on, for the error summary's links).
 */
record ResponseForm(String personId, String choice, Map<String, String> answer, Map<String, String> kind, Map<String, String> source,
        String riskLevel, String consentStatus, List<String> consentRisks, List<String> information, String reasons,
        String consentNotSoughtReason, String departureReason, String subjectInformed, String notInformedReason,
        String discussedWithRequester, String sharingMoreDetrimental, String moreDetrimentalReason) {

    /** A request asks at most this many questions (the request rules). */
    static final int QUESTIONS = 20;
    /** The inputs top to bottom, for the error summary. */
    static final List<String> ORDER = order();
    private static final Pattern ITEM = Pattern.compile("answers\\[(\\d+)]\\.(\\w+)");

    ResponseForm {
        answer = answer == null ? Map.of() : Map.copyOf(answer);
        kind = kind == null ? Map.of() : Map.copyOf(kind);
        source = source == null ? Map.of() : Map.copyOf(source);
        consentRisks = consentRisks == null ? List.of() : List.copyOf(consentRisks);
        information = information == null ? List.of() : List.copyOf(information);
    }

    static ResponseForm empty() {
        return new ResponseForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> order() {
        List<String> order = new ArrayList<>(List.of("choice", "personId"));
        for (int q = 1; q <= QUESTIONS; q++) {
            order.addAll(List.of("answer-" + q, "kind-" + q, "source-" + q));
        }
        order.addAll(List.of("riskLevel", "consentStatus", "consentRisks", "information", "reasons", "consentNotSoughtReason",
                "departureReason", "subjectInformed", "notInformedReason", "discussedWithRequester", "sharingMoreDetrimental",
                "moreDetrimentalReason"));
        return List.copyOf(order);
    }

    /** The response the form makes: an answer per question answered (1 to {@value #QUESTIONS}), only when answering. */
    RequestResponse response() {
        List<AnswerItem> answers = new ArrayList<>();
        boolean answering = "ANSWER".equals(choice);
        for (int q = 1; answering && q <= QUESTIONS; q++) {
            String text = answer.get(String.valueOf(q));
            if (text != null && !text.isBlank()) {
                answers.add(new AnswerItem(q, text, named(AnswerItem.Kind.class, kind.get(String.valueOf(q))), source.get(String.valueOf(q))));
            }
        }
        var facts = new RequestResponse.Facts(named(SharingFacts.RiskLevel.class, riskLevel), false, false,
                "yes".equals(sharingMoreDetrimental), named(ConsentStatus.class, consentStatus), null, false,
                consentRisks.contains("seekingConsentWouldIncreaseRisk"), consentRisks.contains("seekingConsentWouldCauseHarmfulDelay"),
                consentRisks.contains("seekingConsentWouldPrejudiceInvestigation"), information.contains("confidential"),
                information.contains("specialCategory"), information.contains("criminalOffence"), information.contains("identitiesAtRisk"),
                false, null, null);
        return new RequestResponse(named(RequestResponse.Choice.class, choice), answers, reasons, departureReason, facts,
                named(DecisionTaken.SubjectInformed.class, subjectInformed), notInformedReason, consentNotSoughtReason,
                "yes".equals(discussedWithRequester), moreDetrimentalReason, null, uuid(personId));
    }

    /** The values by the inputs' ids, for the page (choices as lists: a value must match exactly). */
    MultiValueMap<String, String> values() {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        put(values, "personId", personId);
        put(values, "choice", choice);
        answer.forEach((q, v) -> put(values, "answer-" + q, v));
        kind.forEach((q, v) -> put(values, "kind-" + q, v));
        source.forEach((q, v) -> put(values, "source-" + q, v));
        put(values, "riskLevel", riskLevel);
        put(values, "consentStatus", consentStatus);
        consentRisks.forEach(v -> put(values, "consentRisks", v));
        information.forEach(v -> put(values, "information", v));
        put(values, "reasons", reasons);
        put(values, "consentNotSoughtReason", consentNotSoughtReason);
        put(values, "departureReason", departureReason);
        put(values, "subjectInformed", subjectInformed);
        put(values, "notInformedReason", notInformedReason);
        put(values, "discussedWithRequester", discussedWithRequester);
        put(values, "sharingMoreDetrimental", sharingMoreDetrimental);
        put(values, "moreDetrimentalReason", moreDetrimentalReason);
        return values;
    }

    /** The input a problem belongs to: answers[i].kind is the kind of the question item i answers, and so on. */
    static String formField(String field, RequestResponse response) {
        var item = ITEM.matcher(field);
        if (item.matches() && Integer.parseInt(item.group(1)) < response.answers().size()) {
            int question = response.answers().get(Integer.parseInt(item.group(1))).question();
            return switch (item.group(2)) {
                case "kind" -> "kind-" + question;
                case "source" -> "source-" + question;
                default -> "answer-" + question;
            };
        }
        if (field.startsWith("answers")) {
            return "answer-1";
        }
        return switch (field) {
            case "facts", "facts.riskLevel" -> "riskLevel";
            case "facts.consentStatus" -> "consentStatus";
            default -> field.startsWith("facts.") ? "riskLevel" : field;
        };
    }

    private static void put(MultiValueMap<String, String> values, String name, String value) {
        if (value != null) {
            values.add(name, value);
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() || OwnRecords.NONE.equals(value) ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
