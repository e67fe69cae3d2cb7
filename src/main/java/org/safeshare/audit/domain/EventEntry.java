package org.safeshare.audit.domain;

import java.time.Instant;

/**
 * One stored audit event as the Merkle tree sees it: ids and codes only, never names or free text about
 * a person. {@link #bytes()} is the canonical encoding, version 1 (docs/adr/0005-tamper-evident-audit-log.md):
 * the byte 0x01, then each field in the order of this record as a 4-byte big-endian length and its UTF-8
 * bytes, an absent field as the length 0xFFFFFFFF. Times are UTC to the microsecond, as PostgreSQL keeps them.
 * An event with a {@code detail} is encoded as version 2: the byte 0x02, the same fields, then the detail
 * (docs/adr/0026); an event without one keeps version 1, so entries stored before the detail existed hash as before.
 */
public record EventEntry(long id, Instant occurredAt, String actorKind, String actorId, String organisationId,
        String partnershipId, String roles, String action, String outcome, String personId, String touched, String purpose,
        String requestId, String clientAddress, String detail) {

    public static final byte VERSION = 0x01;
    public static final byte VERSION_WITH_DETAIL = 0x02;

    /** An entry of version 1: no detail. */
    public EventEntry(long id, Instant occurredAt, String actorKind, String actorId, String organisationId, String partnershipId,
            String roles, String action, String outcome, String personId, String touched, String purpose, String requestId,
            String clientAddress) {
        this(id, occurredAt, actorKind, actorId, organisationId, partnershipId, roles, action, outcome, personId, touched, purpose,
                requestId, clientAddress, null);
    }
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
        out.writeByte(detail == null ? VERSION : VERSION_WITH_DETAIL);
        out.writeString(Long.toString(id));
        out.writeInstant(occurredAt);
        for (String field : new String[] {actorKind, actorId, organisationId, partnershipId, roles, action, outcome, personId,
                touched, purpose, requestId, clientAddress}) {
            write(out, field);
        }
        if (detail != null) {
            out.writeString(detail);
        }
    }

    private static void write(EntryBuffer out, String field) {
        if (field == null) {
            out.writeInt(ABSENT);
        } else {
            out.writeString(field);
        }
    }
}
