package org.safeshare.organisations;

/** A local safeguarding partnership: the local authority, police and integrated care board with their relevant agencies. */
public record Partnership(PartnershipId id, String name) {}
