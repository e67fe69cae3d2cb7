package org.safeshare.decisions.domain;

import java.util.ArrayList;
import java.util.List;
import org.safeshare.decisions.Recommendation.LawfulBasis;
import org.safeshare.decisions.Recommendation.Outcome;
import org.safeshare.decisions.Recommendation.Reason;

/** The flowchart's answer before escalations, informing and preconditions are added: what to do, on what basis, and why. */
record Verdict(Outcome outcome, LawfulBasis lawfulBasis, List<Reason> reasons) {

    Verdict {
        reasons = List.copyOf(reasons);
    }

    /** Nothing is shared, so there is no lawful basis to record. */
    static Verdict withoutSharing(Outcome outcome, Reason... reasons) {
        return new Verdict(outcome, LawfulBasis.NONE, List.of(reasons));
    }

    boolean sharing() {
        return shares(outcome);
    }

    static boolean shares(Outcome outcome) {
        return outcome == Outcome.SHARE || outcome == Outcome.SHARE_WITHOUT_CONSENT;
    }

    Verdict after(List<Reason> earlier) {
        List<Reason> all = new ArrayList<>(earlier);
        all.addAll(reasons);
        return new Verdict(outcome, lawfulBasis, all);
    }

    Verdict withBasis(LawfulBasis basis, Reason why) {
        List<Reason> all = new ArrayList<>(reasons);
        all.add(why);
        return new Verdict(outcome, basis, all);
    }
}
