package org.safeshare.exchange;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.accounts.Teams;
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
    private final Teams teams;

    RequestNotices(ApplicationEventPublisher events, Teams teams) {
        this.events = events;
        this.teams = teams;
    }

    /** Tells an addressed organisation's DSLs, who triage its requests, the practitioner asked by name and the team's members. */
    public void tellAddressed(UUID organisation, Optional<UUID> namedUser, Optional<UUID> team, NotificationKind kind, UUID request) {
        events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.RoleHolders(new OrganisationId(organisation),
                Role.DESIGNATED_SAFEGUARDING_LEAD), kind, path(request)));
        Set<UUID> users = new HashSet<>(team.map(teams::memberIds).orElse(Set.of()));
        namedUser.ifPresent(users::add);
        if (!users.isEmpty()) {
            events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.Users(users), kind, path(request)));
        }
    }

    /** Tells the practitioner who sent the request. */
    public void tellRequester(UUID requestedBy, NotificationKind kind, UUID request) {
        events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.Users(Set.of(requestedBy)), kind, path(request)));
    }

    private static String path(UUID request) {
        return "/exchange/requests/" + request;
    }
}
