package org.safeshare.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeshare.accounts.Practitioners;
import org.safeshare.accounts.Teams;
import org.safeshare.accounts.UserId;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom an action can be given to: the practitioners and teams of the organisations of the setter's partnership, from the
 * directory (never a typed address, so an action cannot be given to someone outside the partnership).
 */
@Service
@Transactional(readOnly = true)
public class OwnerDirectory {

    private final Organisations organisations;
    private final Practitioners practitioners;
    private final Teams teams;

    OwnerDirectory(Organisations organisations, Practitioners practitioners, Teams teams) {
        this.organisations = organisations;
        this.practitioners = practitioners;
        this.teams = teams;
    }

    /** The owners an actor may choose, by organisation (teams first, then practitioners). */
    public List<Group> options(Actor actor) {
        List<Organisation> partnership = organisations.directory(actor);
        var people = practitioners.practitionersOf(partnership.stream().map(Organisation::id).toList());
        List<Group> groups = new ArrayList<>();
        for (Organisation o : partnership) {
            List<Option> options = new ArrayList<>();
            teams.of(actor, o.id()).forEach(t -> options.add(new Option(new OwnerRef(OwnerRef.Kind.TEAM, o.id().value(), t.id()).value(),
                    t.name() + " (team)")));
            people.getOrDefault(o.id(), List.of()).forEach(p -> options.add(new Option(
                    new OwnerRef(OwnerRef.Kind.USER, o.id().value(), p.id().value()).value(), p.name())));
            if (!options.isEmpty()) {
                groups.add(new Group(o.name(), options));
            }
        }
        return groups;
    }

    /** The owner with their name, if they are a practitioner or team of an organisation of the actor's partnership. */
    Optional<Named> resolve(Actor actor, OwnerRef owner) {
        if (owner == null) {
            return Optional.empty();
        }
        Optional<Organisation> organisation = organisations.find(new OrganisationId(owner.organisationId()))
                .filter(o -> o.partnershipId().value().equals(actor.partnershipId()));
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        return switch (owner.kind()) {
            case TEAM -> teams.of(actor, organisation.get().id()).stream().filter(t -> t.id().equals(owner.id())).findFirst()
                    .map(t -> new Named(owner, t.name(), organisation.get().name()));
            case USER -> practitioners.practitionersOf(List.of(organisation.get().id())).get(organisation.get().id()).stream()
                    .filter(p -> p.id().equals(new UserId(owner.id()))).findFirst()
                    .map(p -> new Named(owner, p.name(), organisation.get().name()));
        };
    }

    /** An owner with their name and their organisation's name. */
    record Named(OwnerRef ref, String name, String organisationName) {}

    /** A group of choices, per organisation. */
    public record Group(String organisation, List<Option> options) {}

    /** One choice: the owner's value and label. */
    public record Option(String value, String label) {}
}
