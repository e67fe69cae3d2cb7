package org.safeshare.referrals;

import org.safeshare.referrals.domain.Outcome;
import org.safeshare.referrals.domain.Rating;

/** What the MASH records on a referral: a RAG rating with its rationale, or the decision with its reasons. */
public final class Assessment {

    private Assessment() {}

    /** A rating and why; for a re-rating, why it changed. */
    public record RatingGiven(Rating rating, String rationale) {}

    /** The decision and why; {@code signpostedTo} names the agency when the decision is to signpost. */
    public record DecisionMade(Outcome outcome, String reasons, String signpostedTo) {}
}
