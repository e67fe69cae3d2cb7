package org.safeshare.notifications.persistence;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;

/**
 * A notification as it waits in the outbox ({@code event_publication.serialized_event}, written by Spring Modulith from
 * the event): its own record, apart from the event {@link NotificationRequested}, so that renaming a field of the event
 * never makes a notification still to be sent unreadable (ADR 0016, ADR 0022). Names are those written since the first
 * version (the organisation as {"value": ...}, as the event's id wrote it); enumerations are kept as their written names.
 */
record StoredNotification(Audience audience, String kind, String path) {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Users.class, name = "users"),
            @JsonSubTypes.Type(value = RoleHolders.class, name = "roleHolders")})
    sealed interface Audience permits Users, RoleHolders {}

    record Users(List<UUID> userIds) implements Audience {}

    record RoleHolders(Organisation organisation, String role) implements Audience {}

    record Organisation(UUID value) {}

    static StoredNotification of(NotificationRequested n) {
        Audience audience = switch (n.audience()) {
            case NotificationRequested.Audience.Users users -> new Users(users.userIds().stream().sorted().toList());
            case NotificationRequested.Audience.RoleHolders holders ->
                    new RoleHolders(new Organisation(holders.organisation().value()), holders.role().name());
        };
        return new StoredNotification(audience, n.kind().name(), n.path());
    }

    NotificationRequested notification() {
        NotificationRequested.Audience to = switch (audience) {
            case Users users -> new NotificationRequested.Audience.Users(Set.copyOf(users.userIds()));
            case RoleHolders holders -> new NotificationRequested.Audience.RoleHolders(new OrganisationId(holders.organisation().value()),
                    Role.valueOf(holders.role()));
        };
        return new NotificationRequested(to, NotificationKind.valueOf(kind), path);
    }
}
