package org.safeshare.accounts;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeshare.accounts.persistence.RecipientRepository;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people and partner systems of the other organisations in the actor's partnership who may receive information
 * about a person: enabled users with a role that works with people, and active API clients. No one outside the
 * partnership is ever offered or accepted. The partnership's organisations come from the organisations module (one
 * query), the accounts from this module's tables (one query).
 */
@Service
@Transactional(readOnly = true)
public class Recipients {

    private final RecipientRepository recipients;
    private final Organisations organisations;

    Recipients(RecipientRepository recipients, Organisations organisations) {
        this.recipients = recipients;
        this.organisations = organisations;
    }

    /** Everyone the actor may address, by organisation name then name. */
    public List<Recipient> offeredTo(Actor actor) {
        return among(actor, Set.of());
    }

    /** Of these ids, the recipients the actor may address; any other id is left out. */
    public List<Recipient> chosenBy(Actor actor, Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : among(actor, Set.copyOf(ids));
    }

    /** Whether the organisation is in the actor's partnership and not the actor's own. */
    public boolean partnerOf(Actor actor, OrganisationId organisation) {
        return partners(actor).containsKey(organisation);
    }

    private List<Recipient> among(Actor actor, Set<UUID> only) {
        Map<OrganisationId, String> partners = partners(actor);
        if (partners.isEmpty()) {
            return List.of();
        }
        Set<UUID> organisationIds = partners.keySet().stream().map(OrganisationId::value).collect(Collectors.toSet());
        return recipients.inOrganisations(organisationIds, only).stream()
                .sorted(Comparator.comparing((Recipient r) -> partners.get(r.organisationId()))
                        .thenComparing(Recipient::partnerSystem).thenComparing(Recipient::name))
                .toList();
    }

    private Map<OrganisationId, String> partners(Actor actor) {
        return organisations.directory(actor).stream()
                .filter(o -> !o.id().value().equals(actor.organisationId()))
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }
}
