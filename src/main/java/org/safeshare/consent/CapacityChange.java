package org.safeshare.consent;

import java.util.Map;
import java.util.UUID;

/** The outcome of recording a capacity assessment or a ground to proceed: recorded, or refused per field. */
public sealed interface CapacityChange {

    record Recorded(UUID id) implements CapacityChange {}

    record Refused(Map<String, String> problems) implements CapacityChange {
        public Refused {
            problems = Map.copyOf(problems);
        }
    }
}
