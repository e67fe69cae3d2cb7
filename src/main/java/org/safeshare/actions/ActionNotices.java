package org.safeshare.actions;

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
 * Asks for an action's notifications in the caller's transaction (the notifications module delivers after commit).
 * Each names no one and nothing of the action: it links to the action's page, which checks access after sign-in.
 */
@Component
class ActionNotices {

    private final ApplicationEventPublisher events;
    private final Teams teams;

    ActionNotices(ApplicationEventPublisher events, Teams teams) {
        this.events = events;
        this.teams = teams;
    }

    /** Tells the owner: the user, or every member of the team (a team with no members is told nothing). */
    void tellOwner(OwnerRef owner, NotificationKind kind, UUID action) {
        Set<UUID> told = owner.kind() == OwnerRef.Kind.USER ? Set.of(owner.id()) : teams.memberIds(owner.id());
        if (!told.isEmpty()) {
            events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.Users(told), kind, path(action)));
        }
    }

    /** Tells the DSLs of the owner's organisation, to whom an overdue action escalates. */
    void tellOwnersLead(OwnerRef owner, UUID action) {
        events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.RoleHolders(new OrganisationId(owner.organisationId()),
                Role.DESIGNATED_SAFEGUARDING_LEAD), NotificationKind.ACTION_OVERDUE, path(action)));
    }

    /** Tells the one who set the action (a partner system reads it through the API instead). */
    void tellSetter(UUID setBy, boolean user, NotificationKind kind, UUID action) {
        if (user) {
            events.publishEvent(new NotificationRequested(new NotificationRequested.Audience.Users(Set.of(setBy)), kind, path(action)));
        }
    }

    private static String path(UUID action) {
        return "/actions/" + action;
    }
}
