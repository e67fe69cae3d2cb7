package org.safeshare.disclosures.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * What a disclosure must hold before it is sent, with the caps that keep one item from becoming a dump of a whole file
 * (HM Government information sharing advice 2024, golden rule 6: only what the recipient needs). Limits are in
 * characters and items.
 */
public final class DisclosureRules {

    public static final int MAX_RECIPIENTS = 20;
    public static final int MAX_ITEMS = 20;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_SOURCE = 300;
    public static final int MAX_NAME = 200;
    public static final int MAX_IDENTITIES = 10;
    public static final int MAX_PURPOSE = 1000;
    public static final int MAX_CONDITIONS = 2000;
    public static final int MAX_REASON = 1000;

    private DisclosureRules() {}

    public static List<Problem> problemsWith(DisclosureDraft draft, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (draft.decisionId() == null) {
            problems.add(new Problem("decisionId", "Select the decision this sharing is recorded under"));
        }
        if (draft.recipients().isEmpty()) {
            problems.add(new Problem("recipients", "Select who will receive the disclosure"));
        } else if (draft.recipients().size() > MAX_RECIPIENTS || new HashSet<>(draft.recipients()).size() != draft.recipients().size()) {
            problems.add(new Problem("recipients", "Select up to " + MAX_RECIPIENTS + " recipients, each once"));
        }
        text(problems, "purpose", draft.purpose(), MAX_PURPOSE, "Enter why you are sharing this information");
        if (draft.fields().isEmpty() && draft.items().isEmpty()) {
            problems.add(new Problem("fields", "Select at least one field of the record or write at least one item to share"));
        }
        if (draft.items().size() > MAX_ITEMS) {
            problems.add(new Problem("items", "Share " + MAX_ITEMS + " items or fewer in one disclosure"));
        } else {
            for (int i = 0; i < draft.items().size(); i++) {
                item(problems, "items[" + i + "]", draft.items().get(i));
            }
        }
        if (draft.conditions() != null && draft.conditions().length() > MAX_CONDITIONS) {
            problems.add(new Problem("conditions", "Conditions must be " + MAX_CONDITIONS + " characters or fewer"));
        }
        transparency(problems, draft, today);
        return problems;
    }

    private static void item(List<Problem> problems, String path, DisclosureDraft.FreeTextDraft item) {
        if (item.kind() == null || !item.kind().freeText()) {
            problems.add(new Problem(path + ".kind", "Select whether the item is a fact, a professional opinion or historical information"));
        }
        text(problems, path + ".text", item.text(), MAX_TEXT, "Enter what the item says");
        text(problems, path + ".source", item.source(), MAX_SOURCE, "Enter where this information came from");
        if (item.identities().size() > MAX_IDENTITIES) {
            problems.add(new Problem(path + ".identities", "Name " + MAX_IDENTITIES + " people or fewer whose identities are at risk"));
            return;
        }
        for (int j = 0; j < item.identities().size(); j++) {
            String name = item.identities().get(j).name();
            if (name.isBlank() || name.strip().length() < 2 || name.length() > MAX_NAME) {
                problems.add(new Problem(path + ".identities[" + j + "].name",
                        "Enter the name of the person whose identity is at risk, 2 to " + MAX_NAME + " characters"));
            }
        }
    }

    private static void transparency(List<Problem> problems, DisclosureDraft draft, LocalDate today) {
        if (draft.told() == null) {
            problems.add(new Problem("transparency.told", "Select whether the person or their family was told about this sharing"));
        } else if (draft.told()) {
            if (draft.toldOn() == null) {
                problems.add(new Problem("transparency.toldOn", "Enter the date they were told"));
            } else if (draft.toldOn().isAfter(today)) {
                problems.add(new Problem("transparency.toldOn", "The date they were told must be today or in the past"));
            }
            text(problems, "transparency.toldBy", draft.toldBy(), MAX_NAME, "Enter who told them");
        } else {
            text(problems, "transparency.notToldReason", draft.notToldReason(), MAX_REASON,
                    "Enter why they were not told, for example that telling them would increase the risk");
        }
    }

    private static void text(List<Problem> problems, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, missing));
        } else if (value.length() > max) {
            problems.add(new Problem(field, "Must be " + String.format("%,d", max) + " characters or fewer"));
        }
    }

    /** A recall or a release request needs a reason the other side can read, within the cap. */
    public static List<Problem> reasonProblems(String field, String reason, String missing) {
        List<Problem> problems = new ArrayList<>();
        text(problems, field, reason, MAX_REASON, missing);
        return problems;
    }
}
