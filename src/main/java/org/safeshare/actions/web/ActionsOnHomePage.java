package org.safeshare.actions.web;

import java.util.Map;
import java.util.Optional;
import org.safeshare.accounts.HomePageSection;
import org.safeshare.actions.ActionReading;
import org.safeshare.actions.MyActions;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/** The home page shows a practitioner the actions they own and, for a DSL, those escalated to them; nothing if none. */
@Component
class ActionsOnHomePage implements HomePageSection {

    static final int SHOWN = 5;

    private final ActionReading reading;

    ActionsOnHomePage(ActionReading reading) {
        this.reading = reading;
    }

    @Override
    public Optional<Section> forUser(Actor actor) {
        if (!actor.worksWithPeople()) {
            return Optional.empty();
        }
        MyActions mine = reading.mine(actor);
        if (mine.owned().isEmpty() && mine.escalated().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section("actions/home-section", Map.of("owned", mine.owned().stream().limit(SHOWN).toList(),
                "ownedCount", mine.owned().size(), "escalated", mine.escalated().stream().limit(SHOWN).toList(),
                "escalatedCount", mine.escalated().size()), 10));
    }
}
