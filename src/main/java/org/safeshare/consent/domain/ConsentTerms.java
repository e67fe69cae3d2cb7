package org.safeshare.consent.domain;

import java.time.LocalDate;

/**
 * One version of a consent record: the answer, who gave it, what they were told, what it covers, how
 * and when it was given and when it expires (consent is time-limited, seed 002), and the child's views.
 */
public record ConsentTerms(ConsentAnswer answer, Giver giver, InformedElements told, ConsentScope scope, ConsentMethod method,
        String evidence, LocalDate givenOn, LocalDate expiresOn, String childViews) {

    /** Consent expires at the start of its expiry date; a refusal has no expiry and stands until changed. */
    public boolean expiredOn(LocalDate today) {
        return answer == ConsentAnswer.GIVEN && expiresOn != null && !today.isBefore(expiresOn);
    }
}
