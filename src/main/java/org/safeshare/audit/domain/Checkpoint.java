package org.safeshare.audit.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A signed statement "this audit log had this many events and this root hash at this time". Anyone holding one can
 * later demand a consistency proof, so a rewritten database cannot pass as the old one. Each partnership has its own
 * log (docs/adr/0009), named by the partnership's id; the service log holds what belongs to no partnership and, from
 * before the split, everything. The signed body is text: for the service log version 1, four lines (format, tree
 * size, base64 root, time), as it always was; for a partnership's log version 2, which adds the log's name after the
 * format, so a checkpoint of one partnership's log can never pass as another's.
 */
public record Checkpoint(String log, long treeSize, byte[] rootHash, Instant issuedAt, String keyId, byte[] signature) {

    public static final String FORMAT = "safeshare-audit-checkpoint/v1";
    public static final String FORMAT_NAMED = "safeshare-audit-checkpoint/v2";
    /** The log of events that belong to no partnership, for the service's operators only. */
    public static final String SERVICE_LOG = "service";

    public static byte[] body(String log, long treeSize, byte[] rootHash, Instant issuedAt) {
        String head = SERVICE_LOG.equals(log) ? FORMAT + "\n" : FORMAT_NAMED + "\n" + log + "\n";
        String text = head + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n" + issuedAt + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] body() {
        return body(log, treeSize, rootHash, issuedAt);
    }

    public String rootBase64() {
        return Base64.getEncoder().encodeToString(rootHash);
    }
}
