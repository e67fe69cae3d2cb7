package org.safeshare.referrals.web;

import java.util.List;
import org.safeshare.organisations.ContactPoint;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationType;

/**
 * Who to call when the child cannot wait for a written referral: 999 first, then the MASH's number and social care's
 * out-of-hours number from the partnership's directory (Working Together to Safeguard Children 2023: immediate danger).
 */
record CallNow(List<Number> daytime, List<Number> outOfHours) {

    record Number(String organisation, String number) {}

    static CallNow from(List<Organisation> directory) {
        boolean hasMash = directory.stream().anyMatch(o -> o.type() == OrganisationType.MASH);
        OrganisationType front = hasMash ? OrganisationType.MASH : OrganisationType.CHILDRENS_SOCIAL_CARE;
        return new CallNow(numbers(directory, front, ContactPoint.Kind.TELEPHONE),
                directory.stream().filter(o -> o.type() == OrganisationType.MASH || o.type() == OrganisationType.CHILDRENS_SOCIAL_CARE)
                        .flatMap(o -> o.contactPoints().stream().filter(c -> c.kind() == ContactPoint.Kind.OUT_OF_HOURS_TELEPHONE)
                                .map(c -> new Number(c.label(), c.value()))).toList());
    }

    private static List<Number> numbers(List<Organisation> directory, OrganisationType type, ContactPoint.Kind kind) {
        return directory.stream().filter(o -> o.type() == type).flatMap(o -> o.contactPoints().stream().filter(c -> c.kind() == kind)
                .map(c -> new Number(o.name(), c.value()))).toList();
    }
}
