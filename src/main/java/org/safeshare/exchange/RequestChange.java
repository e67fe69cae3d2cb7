package org.safeshare.exchange;

import java.util.List;

/** The outcome of sending a request or responding to one: done, or refused with what to correct and nothing saved. */
public sealed interface RequestChange {

    record Done(RequestId id) implements RequestChange {}

    record Refused(List<FieldProblem> problems) implements RequestChange {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
