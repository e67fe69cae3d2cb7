package org.safeshare.disclosures.api;

import static org.safeshare.platform.web.SameName.as;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.disclosures.DisclosureView;
import org.safeshare.disclosures.Recall;
import org.safeshare.disclosures.api.DisclosureValues.IdentityRole;
import org.safeshare.disclosures.api.DisclosureValues.ItemKind;
import org.safeshare.disclosures.api.DisclosureValues.PersonField;
import org.safeshare.disclosures.api.DisclosureValues.ReleaseState;
import org.safeshare.disclosures.domain.ItemContent;
import org.safeshare.disclosures.domain.Transparency;

/**
 * A disclosure as the API answers it: its own record, apart from the facade's view. {@code purpose}, {@code transparency}
 * and each item's content are absent until the recipient has opened it, and gone once recalled. Its values are the API's
 * own ({@link DisclosureValues}, ADR 0022); {@code field} and an identity's {@code role} were always those names.
 */
record DisclosureJson(UUID id, String role, String senderOrganisation, String sentBy, UUID recipientOrganisationId,
        String recipientOrganisation, List<RecipientJson> recipients, UUID personId, UUID decisionId, UUID requestId, Instant sentAt,
        RecallJson recalled, boolean hasConditions, String conditions, boolean opened, String purpose, TransparencyJson transparency,
        List<ItemJson> items) {

    record RecipientJson(UUID id, String name, boolean partnerSystem, Instant acknowledgedAt, Instant openedAt, boolean team) {}

    record RecallJson(Instant at, String reason) {
        static RecallJson of(Optional<Recall> recall) {
            return recall.map(r -> new RecallJson(r.at(), r.reason())).orElse(null);
        }
    }

    record TransparencyJson(boolean told, LocalDate toldOn, String toldBy, String notToldReason) {}

    record IdentityJson(IdentityRole role, String name) {}

    record ItemJson(UUID id, int position, ItemKind kind, PersonField field, String label, String value, String text, String source,
            List<IdentityJson> identities, boolean identitiesAtRisk, ReleaseState release, String releaseReason, RecallJson recalled) {}

    static DisclosureJson of(DisclosureView v) {
        return new DisclosureJson(v.id().value(), v.asSender() ? "SENDER" : "RECIPIENT", v.senderOrganisation(), v.sentByName(),
                v.recipientOrganisationId(), v.recipientOrganisation(), v.recipients().stream().map(r -> new RecipientJson(r.id(), r.name(),
                        r.partnerSystem(), r.acknowledgedAt().orElse(null), r.openedAt().orElse(null), r.team())).toList(), v.personId().orElse(null),
                v.decisionId(), v.requestId().orElse(null), v.sentAt(), RecallJson.of(v.recalled()), v.hasConditions(), v.conditions().orElse(null),
                v.openedByCaller(), v.header().map(DisclosureView.Header::purpose).orElse(null), v.header().map(h -> transparency(h.transparency()))
                        .orElse(null), v.items().stream().map(DisclosureJson::item).toList());
    }

    private static TransparencyJson transparency(Transparency t) {
        return switch (t) {
            case Transparency.Told told -> new TransparencyJson(true, told.on(), told.by(), null);
            case Transparency.NotTold not -> new TransparencyJson(false, null, null, not.reason());
        };
    }

    private static ItemJson item(DisclosureView.Item i) {
        PersonField field = null;
        String label = null, value = null, text = null, source = null;
        List<IdentityJson> identities = List.of();
        if (i.content().orElse(null) instanceof ItemContent.FieldValue f) {
            field = as(PersonField.class, f.field());
            label = f.field().label();
            value = f.value();
        } else if (i.content().orElse(null) instanceof ItemContent.FreeText t) {
            text = t.text();
            source = t.source();
            identities = t.identities().stream().map(n -> new IdentityJson(as(IdentityRole.class, n.role()), n.name())).toList();
        }
        return new ItemJson(i.id(), i.position(), as(ItemKind.class, i.kind()), field, label, value, text, source, identities,
                i.identitiesAtRisk(), as(ReleaseState.class, i.release()), i.releaseReason().orElse(null), RecallJson.of(i.recalled()));
    }
}
