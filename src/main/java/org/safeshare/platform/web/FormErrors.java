package org.safeshare.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page's validation errors in the order the fields appear, for the GOV.UK error summary and the
 * message beside each field. Keys are the ids of the inputs the summary links to.
 */
public final class FormErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(Map<String, String> problems) {
        FormErrors errors = new FormErrors();
        problems.forEach(errors::add);
        return errors;
    }

    public FormErrors add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /**
     * The same errors in the order the fields appear on the page: the GOV.UK error summary lists them as the form reads.
     * Fields not named keep their order, after the named ones.
     */
    public FormErrors inOrder(java.util.List<String> fields) {
        FormErrors ordered = new FormErrors();
        fields.stream().filter(errors::containsKey).forEach(f -> ordered.add(f, errors.get(f)));
        errors.forEach(ordered::add);
        return ordered;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String get(String field) {
        return errors.get(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public Map<String, String> all() {
        return Map.copyOf(errors).isEmpty() ? Map.of() : new LinkedHashMap<>(errors);
    }
}
