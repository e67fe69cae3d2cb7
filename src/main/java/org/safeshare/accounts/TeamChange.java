package org.safeshare.accounts;

/** What came of a change to a team: done, or refused with the field and the reason to show. */
public sealed interface TeamChange {

    record Done(Team team) implements TeamChange {}

    record Refused(String field, String message) implements TeamChange {}
}
