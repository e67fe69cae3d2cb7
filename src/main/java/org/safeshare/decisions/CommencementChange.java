package org.safeshare.decisions;

import java.util.Map;

/** The outcome of setting a provision's commencement date: set, or refused with a problem per form field. */
public sealed interface CommencementChange {

    record Set(Provision provision) implements CommencementChange {}

    record Refused(Map<String, String> problems) implements CommencementChange {
        public Refused {
            problems = Map.copyOf(problems);
        }
    }
}
