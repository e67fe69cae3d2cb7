package org.safeshare.audit;

import java.util.Objects;
import java.util.UUID;

/** A record an action touched, by kind and id only. */
public record RecordRef(Kind kind, UUID id) {

    /** The kinds of record modules hold. */
    public enum Kind { PERSON, RELATIONSHIP, USER, API_CLIENT, ORGANISATION, PARTNERSHIP, DECISION, ADVICE_REQUEST, CONSENT, REQUEST, DISCLOSURE, SHARING_OUTSIDE, AUDIT_EVENT, COMMENCEMENT,
        NOTIFICATION, TEAM, AGREEMENT,
        REFERRAL, MEETING, ACTION }

    public RecordRef {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
    }

    public static RecordRef person(UUID id) {
        return new RecordRef(Kind.PERSON, id);
    }

    public static RecordRef user(UUID id) {
        return new RecordRef(Kind.USER, id);
    }

    public static RecordRef adviceRequest(UUID id) {
        return new RecordRef(Kind.ADVICE_REQUEST, id);
    }

    public static RecordRef decision(UUID id) {
        return new RecordRef(Kind.DECISION, id);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
