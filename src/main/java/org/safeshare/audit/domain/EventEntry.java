package org.safeshare.audit.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One stored audit event as the Merkle tree sees it: ids and codes only, never names or free text about
 * a person. {@link #bytes()} is the canonical encoding, version 1 (docs/adr/0005-tamper-evident-audit-log.md):
 * the byte 0x01, then each field in the order of this record as a 4-byte big-endian length and its UTF-8
 * bytes, an absent field as the length 0xFFFFFFFF. Times are UTC to the microsecond, as PostgreSQL keeps them.
 */
public record EventEntry(long id, Instant occurredAt, String actorKind, String actorId, String organisationId,
        String partnershipId, String roles, String action, String outcome, String personId, String touched, String purpose,
        String requestId, String clientAddress) {

    public static final byte VERSION = 0x01;
    private static final int ABSENT = -1;

    public byte[] bytes() {
        List<String> fields = Arrays.asList(Long.toString(id), occurredAt.toString(), actorKind, actorId, organisationId,
                partnershipId, roles, action, outcome, personId, touched, purpose, requestId, clientAddress);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(VERSION);
        for (String field : fields) {
            if (field == null) {
                writeInt(out, ABSENT);
            } else {
                byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
                writeInt(out, utf8.length);
                out.writeBytes(utf8);
            }
        }
        return out.toByteArray();
    }

    public byte[] leafHash() {
        return TreeHash.leaf(bytes());
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
