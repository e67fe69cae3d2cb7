package org.safeshare.people;

import java.util.Map;

/** The outcome of recording another name: added, or refused with a problem per field and nothing saved. */
public sealed interface NameChange {

    /** The name was recorded. */
    record Added() implements NameChange {}

    /** Nothing was saved; each entry names a field and what is wrong with it, in form order. */
    record Refused(Map<String, String> problems) implements NameChange {
        public Refused {
            problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
        }
    }
}
