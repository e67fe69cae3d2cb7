package org.safeshare.platform.crypto;

/**
 * A module's sealed column, so that {@code keyset reseal} can re-seal everything under the keyset's
 * current primary key before an old key is retired (ADR 0007). Each module that seals implements it.
 */
public interface SealedValues {

    /** What is sealed, for the command's report, e.g. "authenticator secrets". */
    String description();

    /** Re-seals every value not sealed under the current primary key; answers how many were re-sealed. */
    int resealAll();
}
