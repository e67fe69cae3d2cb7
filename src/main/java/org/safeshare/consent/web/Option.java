package org.safeshare.consent.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One radio or checkbox: the value sent and the words shown. */
record Option(String value, String label) {

    static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }
}
