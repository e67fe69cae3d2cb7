package org.safeshare.audit.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A signed statement "the audit log had this many events and this root hash at this time". Anyone
 * holding one can later demand a consistency proof, so a rewritten database cannot pass as the old one.
 * The signed body is text, version 1: four lines ending in a newline (format, tree size, base64 root, time).
 */
public record Checkpoint(long treeSize, byte[] rootHash, Instant issuedAt, String keyId, byte[] signature) {

    public static final String FORMAT = "safeshare-audit-checkpoint/v1";

    public static byte[] body(long treeSize, byte[] rootHash, Instant issuedAt) {
        String text = FORMAT + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n" + issuedAt + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] body() {
        return body(treeSize, rootHash, issuedAt);
    }

    public String rootBase64() {
        return Base64.getEncoder().encodeToString(rootHash);
    }
}
