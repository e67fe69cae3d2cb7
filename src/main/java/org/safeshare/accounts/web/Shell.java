package org.safeshare.accounts.web;

import java.util.List;

/** What the page layout shows about who is signed in: header, navigation, session timeout. */
public record Shell(boolean signedIn, String partnershipName, String userName, String organisationName,
        List<NavigationItem> navigation, long sessionTimeoutSeconds, long sessionWarningSeconds) {

    /** One link in the service navigation. */
    public record NavigationItem(String label, String href, boolean current) {}

    static Shell anonymous() {
        return new Shell(false, null, null, null, List.of(), 0, 0);
    }
}
