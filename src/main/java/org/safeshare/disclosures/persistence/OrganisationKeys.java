package org.safeshare.disclosures.persistence;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.safeshare.platform.crypto.Binding;
import org.safeshare.platform.crypto.EnvelopeEncryption;
import org.safeshare.platform.crypto.Keysets;
import org.safeshare.platform.crypto.SealedValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each sending organisation's key for its disclosures (ADR 0018): a Tink AES-256-GCM keyset made on the organisation's
 * first disclosure, stored only sealed by the key-encryption keyset, which lives outside the database (ADR 0007). Each
 * item gets its own data key wrapped by the organisation's key, so the hierarchy is keyset file, organisation key,
 * data key. {@code keyset reseal} re-seals these organisation keys after the key-encryption key is rotated.
 */
@Component
public class OrganisationKeys implements SealedValues {

    private static final String PURPOSE = "disclosures.organisation_key";

    private final JdbcClient jdbc;
    private final EnvelopeEncryption keyEncryption;
    private final Clock clock;
    /** Opened organisation keys, by organisation and the sealed bytes they came from (a re-sealed key is opened again). */
    private final Map<UUID, Opened> opened = new ConcurrentHashMap<>();

    private record Opened(byte[] sealed, EnvelopeEncryption encryption) {}

    OrganisationKeys(JdbcClient jdbc, EnvelopeEncryption keyEncryption, Clock clock) {
        this.jdbc = jdbc;
        this.keyEncryption = keyEncryption;
        this.clock = clock;
    }

    /** The organisation's key, made (once, even under concurrent first sends) if it has none. */
    public EnvelopeEncryption of(UUID organisation) {
        byte[] sealed = sealedKey(organisation);
        if (sealed == null) {
            jdbc.sql("insert into disclosure_organisation_key (organisation_id, keyset_sealed, created_at) values (?, ?, ?) "
                    + "on conflict (organisation_id) do nothing").params(organisation, seal(organisation, generate()), clock.instant()
                    .atOffset(java.time.ZoneOffset.UTC)).update();
            sealed = sealedKey(organisation);
        }
        Opened known = opened.get(organisation);
        if (known != null && java.util.Arrays.equals(known.sealed(), sealed)) {
            return known.encryption();
        }
        EnvelopeEncryption encryption = open(organisation, sealed);
        opened.put(organisation, new Opened(sealed, encryption));
        return encryption;
    }

    private byte[] sealedKey(UUID organisation) {
        return jdbc.sql("select keyset_sealed from disclosure_organisation_key where organisation_id = ?").param(organisation)
                .query((rs, n) -> rs.getBytes(1)).optional().orElse(null);
    }

    private EnvelopeEncryption open(UUID organisation, byte[] sealed) {
        try {
            String json = new String(keyEncryption.open(sealed, new Binding(PURPOSE, organisation.toString())), StandardCharsets.UTF_8);
            return new EnvelopeEncryption(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An organisation's disclosure key could not be read", e);
        }
    }

    private byte[] seal(UUID organisation, KeysetHandle keyset) {
        try {
            byte[] json = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()).getBytes(StandardCharsets.UTF_8);
            return keyEncryption.seal(json, new Binding(PURPOSE, organisation.toString()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An organisation's disclosure key could not be sealed", e);
        }
    }

    private static KeysetHandle generate() {
        try {
            return Keysets.generate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String description() {
        return "organisations' disclosure keys";
    }

    @Override
    @Transactional
    public int resealAll() {
        record Row(UUID organisation, byte[] sealed) {}
        var rows = jdbc.sql("select organisation_id, keyset_sealed from disclosure_organisation_key for update")
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getBytes(2))).list();
        int resealed = 0;
        for (Row row : rows) {
            if (keyEncryption.needsResealing(row.sealed())) {
                Binding binding = new Binding(PURPOSE, row.organisation().toString());
                jdbc.sql("update disclosure_organisation_key set keyset_sealed = ? where organisation_id = ?")
                        .params(keyEncryption.seal(keyEncryption.open(row.sealed(), binding), binding), row.organisation()).update();
                resealed++;
            }
        }
        return resealed;
    }
}
