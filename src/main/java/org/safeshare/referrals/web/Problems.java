package org.safeshare.referrals.web;

import java.util.List;
import org.safeshare.platform.web.FormErrors;
import org.safeshare.referrals.ReferralProblem;

/** A refusal's problems as the page's errors, in the order the fields appear. */
final class Problems {

    private Problems() {}

    static FormErrors errors(List<ReferralProblem> problems, List<String> order) {
        FormErrors errors = FormErrors.none();
        problems.forEach(p -> errors.add(p.field().startsWith("addressees") ? "organisations"
                : p.field().startsWith("questions") ? "questions" : p.field(), p.message()));
        return errors.inOrder(order);
    }
}
