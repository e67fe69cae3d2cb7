package org.safeshare.disclosures.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A disclosure as the sender drafted it, before any check: every part may be missing or wrong, and
 * {@link DisclosureRules} says which. The person and the decision are checked against their modules by the facade.
 *
 * @param told null when the sender has not said whether the person or family was told
 */
public record DisclosureDraft(UUID decisionId, List<UUID> recipients, Set<PersonField> fields, List<FreeTextDraft> items,
        String purpose, String conditions, Boolean told, LocalDate toldOn, String toldBy, String notToldReason) {

    public DisclosureDraft {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One free-text item as drafted; kind null when not chosen. */
    public record FreeTextDraft(ItemKind kind, String text, String source, List<Identity> identities) {
        public FreeTextDraft {
            identities = identities == null ? List.of() : List.copyOf(identities);
        }
    }

    public boolean hasConditions() {
        return conditions != null && !conditions.isBlank();
    }
}
