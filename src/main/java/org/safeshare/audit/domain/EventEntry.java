package org.safeshare.audit.domain;

import java.time.Instant;

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
        EntryBuffer buffer = new EntryBuffer();
        encode(buffer);
        return buffer.toBytes();
    }

    public byte[] leafHash() {
        return TreeHash.leaf(bytes());
    }

    void encode(EntryBuffer out) {
        out.reset();
        out.writeByte(VERSION);
        out.writeString(Long.toString(id));
        out.writeInstant(occurredAt);
        for (String field : new String[] {actorKind, actorId, organisationId, partnershipId, roles, action, outcome, personId,
                touched, purpose, requestId, clientAddress}) {
            if (field == null) {
                out.writeInt(ABSENT);
            } else {
                out.writeString(field);
            }
        }
    }
}
