package org.safeshare.platform.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Key files (the audit signing key, the keyset) are readable by their owner only. */
public final class SecretFiles {

    private SecretFiles() {}

    /**
     * Restricts the file to its owner; answers false on a file system without POSIX permissions, where the
     * operator must restrict access by other means.
     */
    public static boolean restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
