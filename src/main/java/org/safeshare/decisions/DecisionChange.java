package org.safeshare.decisions;

import java.util.Map;

/** The outcome of recording or correcting a decision: recorded, or refused with a problem per field and nothing saved. */
public sealed interface DecisionChange {

    /**
     * The decision (or its correction) was recorded as this version; the record is as written, every version, so that an
     * answer showing it needs no second read (docs/performance.md).
     */
    record Recorded(DecisionId id, int version, DecisionRecord record) implements DecisionChange {}

    /** Nothing was saved; each entry names a field and what is wrong with it. */
    record Refused(Map<String, String> problems) implements DecisionChange {
        public Refused {
            problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
        }
    }
}
