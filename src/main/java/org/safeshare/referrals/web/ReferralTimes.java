package org.safeshare.referrals.web;

import java.time.Duration;
import org.springframework.stereotype.Component;

/** Working time left before a decision is due, in words for the queue page. */
@Component("referralTimes")
public class ReferralTimes {

    ReferralTimes() {}

    /** "3 working hours 20 minutes", or "Overdue". */
    public String left(Duration left) {
        if (left.isZero()) {
            return "Overdue";
        }
        return left.toHours() + " working hours " + left.toMinutesPart() + " minutes";
    }
}
