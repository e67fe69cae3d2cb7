package org.safeshare.organisations;

/** An organisation was registered by set-up; published in the registering transaction so that it is audited there. */
public record OrganisationRegistered(OrganisationId id, PartnershipId partnership) {}
