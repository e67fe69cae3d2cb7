package org.safeshare.organisations;

import java.util.List;
import java.util.Optional;
import org.safeshare.organisations.persistence.OrganisationRepository;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.RequestMemo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership directory. Any signed-in member of a partnership may read its directory
 * (organisations and their secure contact points are not personal data); other partnerships are "not found".
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository repository;
    /** Read to authenticate an API call and again to record its decision: one round trip for both (docs/performance.md). */
    private final KeptForAMinute<OrganisationId, Optional<HeaderNames>> headerNames = new KeptForAMinute<>();
    private final KeptForAMinute<OrganisationId, String> displayNames = new KeptForAMinute<>();
    private final RequestMemo<OrganisationId, Optional<SharingStanding>> standings = new RequestMemo<>(Organisations.class, "standing");

    Organisations(OrganisationRepository repository) {
        this.repository = repository;
    }

    public List<Organisation> directory(Actor actor) {
        return repository.inPartnership(new PartnershipId(actor.partnershipId()));
    }

    public Organisation visibleTo(Actor actor, OrganisationId id) {
        return repository.find(id)
                .filter(o -> o.partnershipId().value().equals(actor.partnershipId()))
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }

    /** For modules that already hold an id from their own records (never for an id a user typed). */
    public Optional<Organisation> find(OrganisationId id) {
        return repository.find(id);
    }

    /**
     * An organisation's standing as a sharer, for modules that hold its id from their own records; in one query, read at
     * most once per request.
     */
    public Optional<SharingStanding> standing(OrganisationId id) {
        return standings.get(id, repository::standing);
    }

    /** The partnership of each organisation other modules' records name (never ids a user typed), in one query. */
    public java.util.Map<OrganisationId, PartnershipId> partnerships(java.util.Collection<OrganisationId> ids) {
        return repository.partnerships(ids);
    }

    /** The names of organisations other modules' records name (never ids a user typed), in one query. */
    public java.util.Map<OrganisationId, String> names(java.util.Collection<OrganisationId> ids) {
        return repository.names(ids);
    }

    /**
     * The names of organisations a busy list or record shows (the MASH queue, a referral), kept for a minute like the
     * header's names ({@link #headerNames}): a renamed organisation shows within the minute. Names only, for display:
     * nothing anyone may do depends on them, and an id not found is not kept.
     */
    public java.util.Map<OrganisationId, String> namesForDisplay(java.util.Collection<OrganisationId> ids) {
        return displayNames.getAll(ids, repository::names);
    }

    /**
     * Names for the page header of someone in this organisation: the organisation's and its partnership's. Every page
     * shows them and they are almost never changed, so they are kept for a minute instead of read for every page (a
     * round trip and a connection from the pool each time, docs/performance.md); a renamed organisation shows within
     * the minute. They are names only: nothing anyone may do depends on them.
     */
    public Optional<HeaderNames> headerNames(OrganisationId id) {
        return headerNames.get(id, key -> repository.names(key).map(n -> new HeaderNames(n[0], n[1])));
    }

    /** An organisation's and its partnership's names. */
    public record HeaderNames(String organisation, String partnership) {}


    /** The information sharing advice this partnership judges decisions by: "2024" (default) or "2018". */
    public String guidanceVersion(PartnershipId id) {
        return repository.guidanceVersion(id);
    }

    /** A partnership administrator pins the guidance version for decisions made from now on. */
    @Transactional
    public void pinGuidanceVersion(Actor actor, String version) {
        if (!actor.has(org.safeshare.platform.security.Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new org.springframework.security.access.AccessDeniedException("not a partnership administrator");
        }
        if (!"2018".equals(version) && !"2024".equals(version)) {
            throw new IllegalArgumentException("Unknown guidance version");
        }
        repository.pinGuidanceVersion(new PartnershipId(actor.partnershipId()), version);
        standings.forget();
    }

    /**
     * A partnership administrator corrects whether an organisation of the partnership is a public authority and whether
     * it is within the duty to share; decisions recorded from now on take the corrected answer.
     */
    @Transactional
    public void recordSharerStatus(Actor actor, OrganisationId id, boolean publicAuthority, boolean coveredByDutyToShare) {
        if (!actor.has(org.safeshare.platform.security.Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new org.springframework.security.access.AccessDeniedException("not a partnership administrator");
        }
        repository.recordSharerStatus(visibleTo(actor, id).id(), publicAuthority, coveredByDutyToShare);
        standings.forget();
    }
}
