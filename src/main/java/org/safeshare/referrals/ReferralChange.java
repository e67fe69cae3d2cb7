package org.safeshare.referrals;

import java.util.List;

/** The outcome of a change to a referral: done, or refused with what to correct and nothing saved. */
public sealed interface ReferralChange {

    record Done(ReferralId id) implements ReferralChange {}

    record Refused(List<ReferralProblem> problems) implements ReferralChange {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
