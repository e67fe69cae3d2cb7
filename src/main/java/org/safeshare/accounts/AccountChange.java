package org.safeshare.accounts;

import java.util.Map;

/** The outcome of a change to an account: done, or refused with a reason per field. */
public sealed interface AccountChange {

    /** The change was made. */
    record Done(UserAccount user) implements AccountChange {}

    /** Nothing was changed; each entry names a form field and what is wrong with it. */
    record Refused(Map<String, String> problems) implements AccountChange {}
}
