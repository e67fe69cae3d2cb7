package org.safeshare.exchange.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see an information request (access denied by default; anyone else is answered "not found"): on the
 * requesting side, the practitioner who sent it and their organisation's MASH officers, DSLs and partner system; on an
 * addressed organisation's side, its DSLs (who triage), the practitioner asked by name, the members of the team it was
 * addressed to, and its partner system. An addressed organisation sees only its own part, never what the others answered.
 */
public final class RequestAccess {

    private RequestAccess() {}

    /** The reader, in plain terms: who, in which organisation, with which powers. */
    public record Reader(UUID userId, UUID organisationId, boolean worksWithPeople, boolean triages, boolean partnerSystem, Set<UUID> teams) {

        public Reader {
            teams = Set.copyOf(teams);
        }
    }

    /** Who an organisation's part was addressed to besides its DSLs: a practitioner by name, one of its teams, or neither. */
    public record Addressed(Optional<UUID> namedUser, Optional<UUID> team) {}

    /** The request's parties: who sent it from where, and for each addressed organisation who was asked there. */
    public record Parties(UUID requestedBy, UUID requestingOrganisation, java.util.Map<UUID, Addressed> addressed) {}

    /** Whether the reader is on the requesting side. */
    public static boolean onRequestingSide(Reader reader, Parties parties) {
        return reader.worksWithPeople() && reader.organisationId().equals(parties.requestingOrganisation())
                && (reader.userId().equals(parties.requestedBy()) || reader.triages() || reader.partnerSystem());
    }

    /** Whether the reader may see and answer their own organisation's part. */
    public static boolean onAddressedSide(Reader reader, Parties parties) {
        Addressed asked = parties.addressed().get(reader.organisationId());
        if (!reader.worksWithPeople() || asked == null) {
            return false;
        }
        return reader.triages() || reader.partnerSystem() || asked.namedUser().filter(reader.userId()::equals).isPresent()
                || asked.team().filter(reader.teams()::contains).isPresent();
    }

    public static boolean maySee(Reader reader, Parties parties) {
        return onRequestingSide(reader, parties) || onAddressedSide(reader, parties);
    }
}
