package org.safeshare.decisions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safeshare.decisions.DecisionTaken;
import org.safeshare.decisions.DecisionTaken.FactOrOpinion;
import org.safeshare.decisions.DecisionTaken.InformationItem;

/**
 * The decision form's fields as typed (kept in the draft so nothing is lost going back), and the
 * record they make. Field names are the record's paths with "." and "[i]" written as "-".
 */
final class DecisionForm {

    static final int INFORMATION_ROWS = 3;

    /** The fields of the decision pages as they read, top to bottom: the error summary lists problems in this order. */
    static final List<String> ORDER = order();

    private DecisionForm() {}

    static DecisionTaken decision(Map<String, String> f, DecisionTaken.AdviceTaken advice) {
        DecisionTaken.Choice choice = enumOf(DecisionTaken.Choice.class, f.get("choice"));
        boolean share = choice == DecisionTaken.Choice.SHARE;
        return new DecisionTaken(choice, text(f, "reasons"), text(f, "departureReason"), share ? text(f, "purpose") : null,
                share ? uuid(f.get("recipientOrganisationId")) : null, share ? text(f, "recipientPersonOrRole") : null,
                share ? information(f) : List.of(), share ? enumOf(DecisionTaken.SharingMethod.class, f.get("method")) : null, null,
                share ? enumOf(DecisionTaken.SubjectInformed.class, f.get("subjectInformed")) : null,
                share ? text(f, "notInformedReason") : null, share ? text(f, "consentNotSoughtReason") : null,
                share ? null : yesNo(f.get("discussedWithRequester")), advice)
                .withJustification(share ? legitimateInterests(f) : null, share ? null : text(f, "moreDetrimentalReason"));
    }

    private static DecisionTaken.LegitimateInterestsTests legitimateInterests(Map<String, String> f) {
        String purpose = text(f, "legitimateInterests-purpose");
        String necessity = text(f, "legitimateInterests-necessity");
        String balancing = text(f, "legitimateInterests-balancing");
        return purpose == null && necessity == null && balancing == null ? null
                : new DecisionTaken.LegitimateInterestsTests(purpose, necessity, balancing);
    }

    private static List<String> order() {
        List<String> fields = new ArrayList<>(List.of("choice", "reasons", "departureReason", "moreDetrimentalReason",
                "discussedWithRequester", "recipientOrganisationId", "recipientPersonOrRole", "purpose"));
        for (int i = 0; i < INFORMATION_ROWS; i++) {
            for (String part : List.of("category", "summary", "kind", "historicalNote")) {
                fields.add("information-" + i + "-" + part);
            }
        }
        fields.addAll(List.of("method", "subjectInformed", "notInformedReason", "consentNotSoughtReason", "legitimateInterests-purpose",
                "legitimateInterests-necessity", "legitimateInterests-balancing", "advice-fromRole", "advice-outcome"));
        return List.copyOf(fields);
    }

    /** The form field a rule's problem belongs to: "information[0].category" is "information-0-category". */
    static String field(String problemKey) {
        return problemKey.replaceAll("[\\[\\]\\.]+", "-").replaceAll("-$", "");
    }

    private static List<InformationItem> information(Map<String, String> f) {
        List<InformationItem> items = new ArrayList<>();
        for (int i = 0; i < INFORMATION_ROWS; i++) {
            String category = text(f, "information-" + i + "-category");
            String summary = text(f, "information-" + i + "-summary");
            String kind = f.get("information-" + i + "-kind");
            if (i == 0 || category != null || summary != null || kind != null) {
                items.add(new InformationItem(category, summary, enumOf(FactOrOpinion.class, kind), text(f, "information-" + i + "-historicalNote")));
            }
        }
        return items;
    }

    private static String text(Map<String, String> f, String name) {
        String value = f.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Boolean yesNo(String value) {
        return "YES".equals(value) ? Boolean.TRUE : "NO".equals(value) ? Boolean.FALSE : null;
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
