package org.safeshare.actions.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see an action (access denied by default; anyone else is answered "not found"): the one who set it, its owner
 * (or a member of the owning team), the owner's organisation's DSLs (to whom it escalates) and the setter's
 * organisation's DSLs. A partner system counts as its organisation's DSL. The owner (or the owner's DSL, once it has
 * reached them) records the outcome; only the one who set it agrees to "not done".
 */
public final class ActionAccess {

    private ActionAccess() {}

    /** The reader: who, in which organisation, whether they are its DSL (or partner system), and their teams. */
    public record Reader(UUID userId, UUID organisationId, boolean safeguardingLead, Set<UUID> teams) {
        public Reader {
            teams = Set.copyOf(teams);
        }
    }

    /** The action's parties. */
    public record Parties(UUID setBy, UUID setterOrganisation, Optional<UUID> ownerUser, Optional<UUID> ownerTeam, UUID ownerOrganisation) {}

    public static boolean isSetter(Reader reader, Parties parties) {
        return reader.userId().equals(parties.setBy());
    }

    public static boolean isOwner(Reader reader, Parties parties) {
        return parties.ownerUser().filter(reader.userId()::equals).isPresent()
                || parties.ownerTeam().filter(reader.teams()::contains).isPresent();
    }

    public static boolean maySee(Reader reader, Parties parties) {
        boolean lead = reader.safeguardingLead() && (reader.organisationId().equals(parties.ownerOrganisation())
                || reader.organisationId().equals(parties.setterOrganisation()));
        return isSetter(reader, parties) || isOwner(reader, parties) || lead;
    }

    public static boolean mayRecordOutcome(Reader reader, Parties parties) {
        return isOwner(reader, parties) || (reader.safeguardingLead() && reader.organisationId().equals(parties.ownerOrganisation()));
    }

    public static boolean mayAgree(Reader reader, Parties parties) {
        return isSetter(reader, parties);
    }
}
