package org.safeshare.decisions.web;

import java.util.List;
import java.util.function.Predicate;
import org.safeshare.organisations.ContactPoint;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationType;

/**
 * Who to call when a referral to children's social care is due, from the partnership's own directory: the MASH's
 * number (children's social care's where there is no MASH) and any out-of-hours number. A referral is made "without
 * delay" (Working Together to Safeguard Children 2023), so the page gives the numbers there and then.
 */
record ReferNow(List<Number> daytime, List<Number> outOfHours) {

    /** One number to call and whose it is. */
    record Number(String organisation, String number) {}

    static ReferNow from(List<Organisation> directory) {
        boolean hasMash = directory.stream().anyMatch(o -> o.type() == OrganisationType.MASH);
        Predicate<Organisation> front = o -> o.type() == (hasMash ? OrganisationType.MASH : OrganisationType.CHILDRENS_SOCIAL_CARE);
        Predicate<Organisation> social = o -> o.type() == OrganisationType.MASH || o.type() == OrganisationType.CHILDRENS_SOCIAL_CARE;
        return new ReferNow(numbers(directory, front, ContactPoint.Kind.TELEPHONE),
                numbers(directory, social, ContactPoint.Kind.OUT_OF_HOURS_TELEPHONE));
    }

    private static List<Number> numbers(List<Organisation> directory, Predicate<Organisation> which, ContactPoint.Kind kind) {
        return directory.stream().filter(which).flatMap(o -> o.contactPoints().stream().filter(c -> c.kind() == kind)
                .map(c -> new Number(kind == ContactPoint.Kind.OUT_OF_HOURS_TELEPHONE ? c.label() : o.name(), c.value()))).toList();
    }
}
