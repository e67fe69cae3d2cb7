package org.safeshare.organisations;

/** A partnership was registered by set-up; published in the registering transaction so that it is audited there. */
public record PartnershipRegistered(PartnershipId id) {}
