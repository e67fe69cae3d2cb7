package org.safeshare.referrals;

import java.util.Optional;
import java.util.UUID;

/** A referral's id. */
public record ReferralId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

    public static Optional<ReferralId> parse(String text) {
        try {
            return Optional.of(new ReferralId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
