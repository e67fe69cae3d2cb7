package org.safeshare.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The audit search as typed, bound through its constructor only: no other parameter reaches the page or its links. */
record AuditSearchForm(String person, String user, String organisation, String action, String from, String to) {

    AuditSearchForm {
        person = trimmed(person);
        user = trimmed(user);
        organisation = trimmed(organisation);
        action = trimmed(action);
        from = trimmed(from);
        to = trimmed(to);
    }

    /** The fields given, by name, in the form's order. */
    Map<String, String> given() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("person", person);
        fields.put("user", user);
        fields.put("organisation", organisation);
        fields.put("action", action);
        fields.put("from", from);
        fields.put("to", to);
        fields.values().removeIf(String::isEmpty);
        return fields;
    }

    boolean isEmpty() {
        return given().isEmpty();
    }

    /** The same search as a query string, for the CSV link. */
    String query() {
        return given().entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
