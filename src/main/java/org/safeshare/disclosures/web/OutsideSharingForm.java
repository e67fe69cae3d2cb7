package org.safeshare.disclosures.web;

import java.util.List;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Sharing outside Safeshare as posted, kept as typed; bound through its constructor only (its components are the
 * allow-list). The date is a GOV.UK date input.
 */
record OutsideSharingForm(String decisionId, String method, String sharedOnDay, String sharedOnMonth, String sharedOnYear,
        List<String> telephoneChecks, String attendees, String allNeedToKnow, String addressDoubleChecked, String receiptConfirmed,
        String bothEndsSecure, String notes) {

    OutsideSharingForm {
        telephoneChecks = telephoneChecks == null ? List.of() : List.copyOf(telephoneChecks);
    }

    static OutsideSharingForm empty() {
        return new OutsideSharingForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The values by field name, for the page (a choice's values as lists). */
    MultiValueMap<String, String> values() {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        put(values, "decisionId", decisionId);
        put(values, "method", method);
        put(values, "sharedOnDay", sharedOnDay);
        put(values, "sharedOnMonth", sharedOnMonth);
        put(values, "sharedOnYear", sharedOnYear);
        if (!telephoneChecks.isEmpty()) {
            values.put("telephoneChecks", telephoneChecks);
        }
        put(values, "attendees", attendees);
        put(values, "allNeedToKnow", allNeedToKnow);
        put(values, "addressDoubleChecked", addressDoubleChecked);
        put(values, "receiptConfirmed", receiptConfirmed);
        put(values, "bothEndsSecure", bothEndsSecure);
        put(values, "notes", notes);
        return values;
    }

    static void put(MultiValueMap<String, String> values, String name, String value) {
        if (value != null) {
            values.add(name, value);
        }
    }
}
