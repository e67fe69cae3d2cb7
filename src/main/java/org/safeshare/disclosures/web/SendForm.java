package org.safeshare.disclosures.web;

import java.util.List;
import java.util.Objects;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The disclosure form as posted, carried from the form to "check your answers" and back in hidden fields; bound through
 * its constructor only, so its components are the allow-list and nothing else posted is read. Free-text items have
 * {@value DisclosureForm#SLOTS} slots ("item0Kind" to "item2ThirdParties").
 */
record SendForm(String requestId, String decisionId, List<String> recipients, String purpose, List<String> fields,
        String item0Kind, String item0Text, String item0Source, String item0Referrer, String item0ThirdParties,
        String item1Kind, String item1Text, String item1Source, String item1Referrer, String item1ThirdParties,
        String item2Kind, String item2Text, String item2Source, String item2Referrer, String item2ThirdParties,
        String conditions, String told, String toldOnDay, String toldOnMonth, String toldOnYear, String toldBy,
        String notToldReason) {

    /** Longer than any field's rule allows: kept to this, so a huge post is not carried from page to page. */
    private static final int LONGEST = 5000;

    SendForm {
        recipients = recipients == null ? List.of() : recipients.stream().filter(Objects::nonNull).toList();
        fields = fields == null ? List.of() : fields.stream().filter(Objects::nonNull).toList();
    }

    /** The form pre-set by the request page answering a request: its id, the decision the answer recorded, the requester. */
    static SendForm preset(String requestId, String decisionId, List<String> recipients) {
        return new SendForm(requestId, decisionId, recipients, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The values by field name (a field not posted is absent), for the pages, the hidden fields and {@link DisclosureForm}. */
    MultiValueMap<String, String> values() {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        put(values, "requestId", requestId);
        put(values, "decisionId", decisionId);
        list(values, "recipients", recipients);
        put(values, "purpose", purpose);
        list(values, "fields", fields);
        put(values, "item0Kind", item0Kind);
        put(values, "item0Text", item0Text);
        put(values, "item0Source", item0Source);
        put(values, "item0Referrer", item0Referrer);
        put(values, "item0ThirdParties", item0ThirdParties);
        put(values, "item1Kind", item1Kind);
        put(values, "item1Text", item1Text);
        put(values, "item1Source", item1Source);
        put(values, "item1Referrer", item1Referrer);
        put(values, "item1ThirdParties", item1ThirdParties);
        put(values, "item2Kind", item2Kind);
        put(values, "item2Text", item2Text);
        put(values, "item2Source", item2Source);
        put(values, "item2Referrer", item2Referrer);
        put(values, "item2ThirdParties", item2ThirdParties);
        put(values, "conditions", conditions);
        put(values, "told", told);
        put(values, "toldOnDay", toldOnDay);
        put(values, "toldOnMonth", toldOnMonth);
        put(values, "toldOnYear", toldOnYear);
        put(values, "toldBy", toldBy);
        put(values, "notToldReason", notToldReason);
        return values;
    }

    private static void put(MultiValueMap<String, String> values, String name, String value) {
        if (value != null) {
            values.add(name, value.length() > LONGEST ? value.substring(0, LONGEST) : value);
        }
    }

    private static void list(MultiValueMap<String, String> values, String name, List<String> chosen) {
        if (!chosen.isEmpty()) {
            values.put(name, chosen.stream().map(v -> v.length() > LONGEST ? v.substring(0, LONGEST) : v).toList());
        }
    }
}
