package org.safeshare.exchange;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Asks for the notifications of a request, in the caller's transaction (the notifications module delivers them after
 * commit). Each names no one: it links to the request's page, which checks the reader's access after sign-in.
 */
@Component
class RequestNotices {

    private final ApplicationEventPublisher events;

    RequestNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Tells an addressed organisation's DSLs, who triage its requests, and the practitioner asked by name. */
    public void tellAddressed(UUID organisation, Optional<UUID> namedUser, NotificationKind kind, UUID request) {
        events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.RoleHolders(new OrganisationId(organisation),
                Role.DESIGNATED_SAFEGUARDING_LEAD), kind, path(request)));
        namedUser.ifPresent(user -> events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.Users(Set.of(user)),
                kind, path(request))));
    }

    /** Tells the practitioner who sent the request. */
    public void tellRequester(UUID requestedBy, NotificationKind kind, UUID request) {
        events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.Users(Set.of(requestedBy)), kind, path(request)));
    }

    private static String path(UUID request) {
        return "/exchange/requests/" + request;
    }
}
