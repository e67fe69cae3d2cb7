package org.safeshare.accounts.persistence;

import java.util.UUID;
import org.safeshare.platform.crypto.Binding;

/** A sealed authenticator secret belongs to one account's row: sealed anywhere else, it does not open. */
public final class TotpSecretBinding {

    private TotpSecretBinding() {}

    public static Binding of(UUID userId) {
        return new Binding("accounts.user_account.totp_secret", userId.toString());
    }
}
