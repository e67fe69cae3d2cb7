package org.safeshare.disclosures.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.disclosures.Recall;
import org.safeshare.disclosures.ReleaseState;
import org.safeshare.disclosures.domain.ItemKind;

/** A disclosure as stored: who, when and state in clear; what it says still sealed. */
public record StoredDisclosure(UUID id, UUID senderOrganisationId, UUID sentBy, boolean sentByApiClient, String sentByName,
        UUID recipientOrganisationId, UUID personId, UUID decisionId, Optional<UUID> requestId, boolean hasConditions,
        byte[] headerSealed, Instant sentAt, Optional<Recall> recalled, List<Recipient> recipients, List<Item> items) {

    public StoredDisclosure {
        recipients = List.copyOf(recipients);
        items = List.copyOf(items);
    }

    /**
     * A recipient row: a user, a partner system or a team ({@code team}). {@code viaTeam}: a team member's own row, added
     * when they opened what was addressed to their team.
     */
    public record Recipient(UUID id, boolean apiClient, String name, Optional<Instant> acknowledgedAt, Optional<Instant> openedAt,
            boolean team, Optional<UUID> viaTeam) {}

    /** {@code sealed} is null once recalled: the content was destroyed. */
    public record Item(UUID id, int position, ItemKind kind, byte[] sealed, boolean identitiesAtRisk, ReleaseState release,
            Optional<String> releaseReason, Optional<UUID> releaseRequestedBy, Optional<Recall> recalled) {}

    public boolean sentBy(UUID actor, UUID organisation) {
        return sentBy.equals(actor) && senderOrganisationId.equals(organisation);
    }

    /** Whether it was addressed to the actor by name, or to a team of the recipient organisation the actor belongs to. */
    public boolean addressedTo(UUID actor, UUID organisation, Set<UUID> actorTeams) {
        return own(actor, organisation).isPresent() || team(organisation, actorTeams).isPresent();
    }

    /** The actor's own recipient row: addressed to them by name, or added when they opened it as a team member. */
    public Optional<Recipient> own(UUID actor, UUID organisation) {
        return recipientOrganisationId.equals(organisation)
                ? recipients.stream().filter(r -> !r.team() && r.id().equals(actor)).findFirst() : Optional.empty();
    }

    /** The team the disclosure was addressed to that the actor belongs to, if any. */
    public Optional<Recipient> team(UUID organisation, Set<UUID> actorTeams) {
        return recipientOrganisationId.equals(organisation)
                ? recipients.stream().filter(r -> r.team() && actorTeams.contains(r.id())).findFirst() : Optional.empty();
    }

    public Optional<Item> item(UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
