package org.safeshare.notifications;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;

/**
 * Asks for one notification, published with Spring's {@code ApplicationEventPublisher} inside the transaction of
 * the action it tells about. It names no person: the email says what kind of thing is waiting and links to
 * {@code path}, a page inside Safeshare that checks the reader's access after sign-in.
 *
 * @param audience who is told
 * @param kind     what happened (the email's wording comes from it)
 * @param path     a relative path inside Safeshare, for example {@code /exchange/requests/<uuid>}; ids only
 */
public record NotificationRequested(Audience audience, NotificationKind kind, String path) {
    public NotificationRequested {
        Objects.requireNonNull(audience);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(path);
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("?") || path.length() > 200) {
            throw new IllegalArgumentException("A notification links to a plain relative path inside Safeshare");
        }
    }

    /** Who is told: named users, or everyone holding a role in an organisation (for example its DSLs). */
    public sealed interface Audience {
        record Users(Set<UUID> userIds) implements Audience {
            public Users {
                userIds = Set.copyOf(userIds);
                if (userIds.isEmpty()) {
                    throw new IllegalArgumentException("At least one user is told");
                }
            }
        }

        record RoleHolders(OrganisationId organisation, Role role) implements Audience {
            public RoleHolders {
                Objects.requireNonNull(organisation);
                Objects.requireNonNull(role);
            }
        }
    }
}
