package org.safeshare.consent;

import java.util.Map;

/** The outcome of recording, correcting or withdrawing consent: done, or refused with a message per field. */
public sealed interface ConsentChange {

    record Recorded(ConsentId id) implements ConsentChange {}

    record Refused(Map<String, String> problems) implements ConsentChange {
        public Refused {
            problems = Map.copyOf(problems);
        }
    }
}
