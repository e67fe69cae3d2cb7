package org.safeshare.exchange.web;

import java.util.List;
import org.safeshare.exchange.domain.Urgency;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The partnership's working days and hours and the deadline of each urgency as posted, kept as text so that they are
 * shown again as typed; bound through its constructor only.
 */
record DeadlinesForm(List<String> workingDays, String opens, String closes, String redAmount, String redUnit, String amberAmount,
        String amberUnit, String greenAmount, String greenUnit) {

    /** The fields top to bottom, for the error summary. */
    static final List<String> ORDER = List.of("workingDays", "opens", "closes", "redAmount", "redUnit", "amberAmount", "amberUnit",
            "greenAmount", "greenUnit");

    DeadlinesForm {
        workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
    }

    String amount(Urgency u) {
        return switch (u) {
            case RED -> redAmount;
            case AMBER -> amberAmount;
            case GREEN -> greenAmount;
        };
    }

    String unit(Urgency u) {
        return switch (u) {
            case RED -> redUnit;
            case AMBER -> amberUnit;
            case GREEN -> greenUnit;
        };
    }

    /** The values by field name for the page (lists, as a choice's value must match exactly). */
    MultiValueMap<String, String> values() {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        workingDays.forEach(d -> values.add("workingDays", d));
        values.add("opens", opens);
        values.add("closes", closes);
        for (Urgency u : Urgency.values()) {
            values.add(DeadlinePages.key(u) + "Amount", amount(u));
            values.add(DeadlinePages.key(u) + "Unit", unit(u));
        }
        return values;
    }
}
