package org.safeshare.disclosures;

import java.util.List;
import org.safeshare.disclosures.domain.Problem;

/** The outcome of a change to a disclosure: done, or refused with each problem's field. */
public sealed interface DisclosureChange {

    record Done(DisclosureId id) implements DisclosureChange {}

    record Refused(List<Problem> problems) implements DisclosureChange {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
