package org.safeshare.referrals.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * A child referred again within 12 months of an earlier referral is a re-referral, which the MASH weighs (repeated
 * referrals are a finding of many child safeguarding practice reviews). The same child across organisations is found
 * by NHS number, or else by name and date of birth.
 */
public final class ReReferral {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private ReReferral() {}

    /** The key two referrals of the same person share. */
    public static String subjectKey(Optional<String> nhsNumber, String name, Optional<LocalDate> dateOfBirth) {
        return nhsNumber.map(n -> "nhs:" + n.replaceAll("\\s", ""))
                .orElseGet(() -> "name:" + name.toLowerCase(Locale.UK).replaceAll("[^a-z]", "") + ":" + dateOfBirth.map(LocalDate::toString).orElse("?"));
    }

    /** From when an earlier referral makes this one a re-referral: 12 months before it arrived. */
    public static Instant windowStart(Instant received) {
        return received.atZone(ENGLAND).minusMonths(12).toInstant();
    }
}
