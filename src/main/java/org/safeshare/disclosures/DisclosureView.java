package org.safeshare.disclosures;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.disclosures.domain.ItemContent;
import org.safeshare.disclosures.domain.ItemKind;
import org.safeshare.disclosures.domain.Transparency;

/**
 * A disclosure as the caller may see it. The sender sees everything it sent (recalled content excepted: destroyed).
 * A recipient sees the content only once they have opened it (acknowledging any conditions on onward sharing), never
 * what was recalled, and the names of identities at risk only once a DSL released them; {@code header} and each item's
 * {@code content} are empty where the caller may not see them.
 *
 * @param asSender whether the caller sent it (else it was addressed to them)
 */
public record DisclosureView(DisclosureId id, boolean asSender, String senderOrganisation, String sentByName,
        UUID recipientOrganisationId, String recipientOrganisation, List<Recipient> recipients, Optional<UUID> personId,
        UUID decisionId, Optional<UUID> requestId, Instant sentAt, Optional<Recall> recalled, boolean hasConditions,
        Optional<String> conditions, boolean openedByCaller, Optional<Header> header, List<Item> items) {

    public DisclosureView {
        recipients = List.copyOf(recipients);
        items = List.copyOf(items);
    }

    /**
     * Who it was addressed to, and when each acknowledged its conditions and opened it; a team ({@code team}) opens through
     * its members, each listed in their own name once they have opened it.
     */
    public record Recipient(UUID id, String name, boolean partnerSystem, Optional<Instant> acknowledgedAt, Optional<Instant> openedAt,
            boolean team) {}

    /** Why it was shared and whether the person or family was told. */
    public record Header(String purpose, Transparency transparency) {
        public boolean told() {
            return transparency instanceof Transparency.Told;
        }
    }

    /** One item: its content as the caller may read it, or empty (not opened yet, or recalled). */
    public record Item(UUID id, int position, ItemKind kind, Optional<ItemContent> content, boolean identitiesAtRisk,
            ReleaseState release, Optional<String> releaseReason, Optional<Recall> recalled) {}

    public boolean contentShown() {
        return header.isPresent();
    }
}
