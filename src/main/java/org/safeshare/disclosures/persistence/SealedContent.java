package org.safeshare.disclosures.persistence;

import java.util.Optional;
import java.util.UUID;
import org.safeshare.disclosures.domain.ItemContent;
import org.safeshare.disclosures.domain.Transparency;
import org.safeshare.platform.crypto.Binding;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals and opens what a disclosure says under the sending organisation's key. The binding (associated data) names the
 * disclosure and the item, so a ciphertext moved to another item or disclosure does not open (ADR 0018).
 */
@Component
public class SealedContent {

    private static final String ITEM = "disclosures.item";
    private static final String HEADER = "disclosures.header";

    private final OrganisationKeys keys;
    private final JsonMapper json;

    SealedContent(OrganisationKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** Why it was shared, its conditions on onward sharing and whether the person or family was told. */
    public record Header(String purpose, Optional<String> conditions, Transparency transparency) {}

    byte[] sealItem(UUID senderOrganisation, UUID disclosure, UUID item, ItemContent content) {
        return keys.of(senderOrganisation).seal(json.writeValueAsBytes(StoredContent.StoredItem.of(content)), itemBinding(disclosure, item));
    }

    ItemContent openItem(UUID senderOrganisation, UUID disclosure, UUID item, byte[] sealed) {
        return json.readValue(keys.of(senderOrganisation).open(sealed, itemBinding(disclosure, item)), StoredContent.StoredItem.class).content();
    }

    byte[] sealHeader(UUID senderOrganisation, UUID disclosure, Header header) {
        return keys.of(senderOrganisation).seal(json.writeValueAsBytes(StoredContent.StoredHeader.of(header.purpose(),
                header.conditions().orElse(null), header.transparency())), new Binding(HEADER, disclosure.toString()));
    }

    Header openHeader(UUID senderOrganisation, UUID disclosure, byte[] sealed) {
        StoredContent.StoredHeader stored = json.readValue(keys.of(senderOrganisation).open(sealed, new Binding(HEADER, disclosure.toString())),
                StoredContent.StoredHeader.class);
        return new Header(stored.purpose(), Optional.ofNullable(stored.conditions()), stored.transparency());
    }

    private static Binding itemBinding(UUID disclosure, UUID item) {
        return new Binding(ITEM, disclosure + "/" + item);
    }
}
