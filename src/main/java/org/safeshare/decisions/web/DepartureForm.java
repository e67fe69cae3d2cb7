package org.safeshare.decisions.web;

import java.util.Map;

/** Why the practitioner departs from the recommendation, as posted; bound through its constructor only. */
record DepartureForm(String departureReason) {

    void keepIn(Map<String, String> decision) {
        decision.put("departureReason", departureReason == null ? "" : departureReason);
    }
}
