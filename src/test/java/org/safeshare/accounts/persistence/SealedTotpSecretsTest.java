package org.safeshare.accounts.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.KeysetHandle;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.platform.crypto.EnvelopeEncryption;
import org.safeshare.platform.crypto.Keysets;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code keyset reseal}: after a rotation, every authenticator secret ends up sealed under the new primary key. */
@SafeshareTest
class SealedTotpSecretsTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void resealingMovesEverySecretToTheNewPrimaryKey() throws Exception {
        KeysetHandle original = Keysets.generate();
        KeysetHandle rotated = Keysets.rotate(original);
        EnvelopeEncryption before = new EnvelopeEncryption(original);
        EnvelopeEncryption after = new EnvelopeEncryption(rotated);
        EnvelopeEncryption retired = new EnvelopeEncryption(Keysets.retireOldKeys(rotated));
        UUID user = jdbc.sql("select id from user_account where email = 'teacher@oakfield-primary.example'").query(UUID.class).single();
        byte[] secret = "JBSWY3DPEHPK3PXP".getBytes(StandardCharsets.US_ASCII);
        transaction.executeWithoutResult(t -> {
            // Other tests' users hold secrets sealed under the service's own keyset, which this made-up keyset cannot open.
            jdbc.sql("update user_account set totp_secret_sealed = null where id <> ?").param(user).update();
            jdbc.sql("update user_account set totp_secret_sealed = ? where id = ?")
                    .params(before.seal(secret, TotpSecretBinding.of(user)), user).update();
            // Resealed with the rotated keyset; rolled back so the shared demo user keeps no authenticator.
            assertThat(new SealedTotpSecrets(jdbc, after).resealAll()).isGreaterThanOrEqualTo(1);
            byte[] resealed = jdbc.sql("select totp_secret_sealed from user_account where id = ?").param(user).query(byte[].class).single();
            assertThat(after.needsResealing(resealed)).isFalse();
            assertThat(retired.open(resealed, TotpSecretBinding.of(user))).isEqualTo(secret);
            t.setRollbackOnly();
        });
    }
}
