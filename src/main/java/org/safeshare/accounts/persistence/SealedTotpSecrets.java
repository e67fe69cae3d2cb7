package org.safeshare.accounts.persistence;

import java.util.UUID;
import org.safeshare.platform.crypto.EnvelopeEncryption;
import org.safeshare.platform.crypto.SealedValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Re-seals authenticator secrets under the current primary key, for {@code keyset reseal} (ADR 0007). */
@Component
class SealedTotpSecrets implements SealedValues {

    private final JdbcClient jdbc;
    private final EnvelopeEncryption encryption;

    SealedTotpSecrets(JdbcClient jdbc, EnvelopeEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    @Override
    public String description() {
        return "authenticator secrets";
    }

    @Override
    @Transactional
    public int resealAll() {
        record Row(UUID id, byte[] sealed) {}
        var rows = jdbc.sql("select id, totp_secret_sealed from user_account where totp_secret_sealed is not null for update")
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getBytes("totp_secret_sealed"))).list();
        int resealed = 0;
        for (Row row : rows) {
            if (encryption.needsResealing(row.sealed())) {
                var binding = TotpSecretBinding.of(row.id());
                jdbc.sql("update user_account set totp_secret_sealed = ? where id = ?")
                        .params(encryption.seal(encryption.open(row.sealed(), binding), binding), row.id()).update();
                resealed++;
            }
        }
        return resealed;
    }
}
