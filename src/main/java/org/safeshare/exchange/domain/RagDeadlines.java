package org.safeshare.exchange.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.safeshare.platform.calendar.WorkingCalendar;

/**
 * A partnership's deadline for each urgency. The defaults are the ones partnerships commonly agree for MASH
 * information requests: red 4 working hours, amber 24 working hours, green 72 hours.
 */
public record RagDeadlines(DeadlineRule red, DeadlineRule amber, DeadlineRule green) {

    public static final RagDeadlines DEFAULT = new RagDeadlines(new DeadlineRule(4, DeadlineRule.Unit.WORKING_HOURS),
            new DeadlineRule(24, DeadlineRule.Unit.WORKING_HOURS), new DeadlineRule(72, DeadlineRule.Unit.HOURS));

    public RagDeadlines {
        java.util.Objects.requireNonNull(red);
        java.util.Objects.requireNonNull(amber);
        java.util.Objects.requireNonNull(green);
    }

    public DeadlineRule rule(Urgency urgency) {
        return switch (urgency) {
            case RED -> red;
            case AMBER -> amber;
            case GREEN -> green;
        };
    }

    public Map<Urgency, DeadlineRule> asMap() {
        Map<Urgency, DeadlineRule> rules = new EnumMap<>(Urgency.class);
        for (Urgency urgency : Urgency.values()) {
            rules.put(urgency, rule(urgency));
        }
        return rules;
    }

    /** When a request of this urgency sent at {@code sent} is due. */
    public Instant due(Urgency urgency, Instant sent, WorkingCalendar calendar) {
        return rule(urgency).dueAfter(sent, calendar);
    }
}
