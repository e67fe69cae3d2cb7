package org.safeshare.actions;

import java.util.List;

/**
 * The reader's actions: those they (or a team of theirs) own and that are not closed, those they set, and, for a DSL,
 * the overdue actions of their organisation that escalated to them.
 */
public record MyActions(List<ActionRow> owned, List<ActionRow> setByMe, List<ActionRow> escalated) {

    public MyActions {
        owned = List.copyOf(owned);
        setByMe = List.copyOf(setByMe);
        escalated = List.copyOf(escalated);
    }
}
