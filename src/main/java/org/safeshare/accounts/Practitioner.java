package org.safeshare.accounts;

/** A user who works with people's records at an organisation, as another module may name them: id and name only. */
public record Practitioner(UserId id, String name) {}
