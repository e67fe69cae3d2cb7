package org.safeshare.actions;

import java.util.Optional;
import java.util.UUID;

/**
 * Who owns an action, as chosen from the directory (never typed): a user or a team, of an organisation of the setter's
 * partnership. On a page it travels as {@code USER:<organisation>:<id>} or {@code TEAM:<organisation>:<id>}.
 */
public record OwnerRef(Kind kind, UUID organisationId, UUID id) {

    public enum Kind { USER, TEAM }

    public String value() {
        return kind + ":" + organisationId + ":" + id;
    }

    public static Optional<OwnerRef> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split(":");
        try {
            return parts.length == 3 ? Optional.of(new OwnerRef(Kind.valueOf(parts[0]), UUID.fromString(parts[1]), UUID.fromString(parts[2])))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
