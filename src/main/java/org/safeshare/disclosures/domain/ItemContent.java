package org.safeshare.disclosures.domain;

import java.util.List;
import java.util.Objects;

/** What one item says: a field copied from the person's record, or the sender's own words with their source. */
public sealed interface ItemContent {

    ItemKind kind();

    /** A field of the person's record as it read when sent. */
    record FieldValue(PersonField field, String value) implements ItemContent {
        public FieldValue {
            Objects.requireNonNull(field);
            Objects.requireNonNull(value);
        }

        @Override
        public ItemKind kind() {
            return ItemKind.FIELD;
        }
    }

    /** Free text marked fact, opinion or historical, with where it came from and who in it is at risk if named. */
    record FreeText(ItemKind kind, String text, String source, List<Identity> identities) implements ItemContent {
        public FreeText {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(text);
            Objects.requireNonNull(source);
            if (!kind.freeText()) {
                throw new IllegalArgumentException("A free-text item is a fact, an opinion or historical");
            }
            identities = List.copyOf(identities);
        }

        public boolean namesIdentitiesAtRisk() {
            return !identities.isEmpty();
        }
    }
}
