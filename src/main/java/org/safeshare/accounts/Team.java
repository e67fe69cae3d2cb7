package org.safeshare.accounts;

import java.util.List;
import java.util.UUID;
import org.safeshare.organisations.OrganisationId;

/** A named group of users of one organisation (a MASH's health desk, a school's safeguarding team). */
public record Team(UUID id, OrganisationId organisationId, String name, List<Member> members) {

    public Team {
        members = List.copyOf(members);
    }

    /** A member, by id and name only: directory readers in other organisations do not need their email. */
    public record Member(UUID userId, String displayName) {}
}
