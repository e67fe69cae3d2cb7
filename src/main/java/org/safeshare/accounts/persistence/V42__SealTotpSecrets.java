package org.safeshare.accounts.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.safeshare.platform.crypto.EnvelopeEncryption;
import org.springframework.stereotype.Component;

/**
 * Seals every authenticator secret still held in clear, in Flyway's transaction, so none is lost and
 * none is left readable; V43 then drops the clear column. A Spring bean (Spring Boot hands Flyway its
 * Java migrations) because sealing needs the keyset. The class name is Flyway's version convention.
 */
@Component
public class V42__SealTotpSecrets extends BaseJavaMigration {

    private final EnvelopeEncryption encryption;

    V42__SealTotpSecrets(EnvelopeEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, totp_secret from user_account where totp_secret is not null and totp_secret_sealed is null for update");
                PreparedStatement update = connection.prepareStatement(
                        "update user_account set totp_secret_sealed = ?, totp_secret = null where id = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UUID id = rows.getObject("id", UUID.class);
                byte[] secret = rows.getString("totp_secret").getBytes(StandardCharsets.US_ASCII);
                update.setBytes(1, encryption.seal(secret, TotpSecretBinding.of(id)));
                update.setObject(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
