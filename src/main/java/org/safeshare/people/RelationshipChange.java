package org.safeshare.people;

import java.util.Map;

/** The outcome of recording a relationship: added, or refused with a problem per field and nothing saved. */
public sealed interface RelationshipChange {

    /** The relationship was recorded. */
    record Added(RelationshipId relationshipId) implements RelationshipChange {}

    /** Nothing was saved; each entry names a field and what is wrong with it, in form order. */
    record Refused(Map<String, String> problems) implements RelationshipChange {
        public Refused {
            problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
        }
    }
}
