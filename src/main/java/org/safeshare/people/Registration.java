package org.safeshare.people;

import java.util.Map;

/** The outcome of registering a person: registered, or refused with a problem per field and nothing saved. */
public sealed interface Registration {

    /** The person was recorded. */
    record Registered(PersonId personId) implements Registration {}

    /** Nothing was saved; each entry names a field and what is wrong with it, in form order. */
    record Refused(Map<String, String> problems) implements Registration {
        public Refused {
            problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
        }
    }
}
