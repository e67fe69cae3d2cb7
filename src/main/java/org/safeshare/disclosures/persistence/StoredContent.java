package org.safeshare.disclosures.persistence;

import java.time.LocalDate;
import java.util.List;
import org.safeshare.disclosures.domain.Identity;
import org.safeshare.disclosures.domain.ItemContent;
import org.safeshare.disclosures.domain.ItemKind;
import org.safeshare.disclosures.domain.PersonField;
import org.safeshare.disclosures.domain.Transparency;

/**
 * The JSON that is sealed, apart from the domain types: stored records outlive renames, so enumerations are written by
 * name and every field may be absent when read back.
 */
final class StoredContent {

    private StoredContent() {}

    record StoredIdentity(String role, String name) {}

    record StoredItem(String kind, String field, String value, String text, String source, List<StoredIdentity> identities) {

        static StoredItem of(ItemContent content) {
            return switch (content) {
                case ItemContent.FieldValue f -> new StoredItem(ItemKind.FIELD.name(), f.field().name(), f.value(), null, null, List.of());
                case ItemContent.FreeText t -> new StoredItem(t.kind().name(), null, null, t.text(), t.source(),
                        t.identities().stream().map(i -> new StoredIdentity(i.role().name(), i.name())).toList());
            };
        }

        ItemContent content() {
            ItemKind itemKind = ItemKind.valueOf(kind);
            if (itemKind == ItemKind.FIELD) {
                return new ItemContent.FieldValue(PersonField.valueOf(field), value);
            }
            return new ItemContent.FreeText(itemKind, text, source, identities == null ? List.of()
                    : identities.stream().map(i -> new Identity(Identity.Role.valueOf(i.role()), i.name())).toList());
        }
    }

    record StoredHeader(String purpose, String conditions, Boolean told, LocalDate toldOn, String toldBy, String notToldReason) {

        static StoredHeader of(String purpose, String conditions, Transparency transparency) {
            return switch (transparency) {
                case Transparency.Told t -> new StoredHeader(purpose, conditions, true, t.on(), t.by(), null);
                case Transparency.NotTold n -> new StoredHeader(purpose, conditions, false, null, null, n.reason());
            };
        }

        Transparency transparency() {
            return Boolean.TRUE.equals(told) ? new Transparency.Told(toldOn, toldBy) : new Transparency.NotTold(notToldReason);
        }
    }
}
