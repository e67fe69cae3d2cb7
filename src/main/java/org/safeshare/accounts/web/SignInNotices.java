package org.safeshare.accounts.web;

import java.time.Instant;
import java.util.List;
import org.safeshare.accounts.UserId;
import org.safeshare.accounts.persistence.SignInLockoutRepository;
import org.safeshare.platform.web.LondonDates;
import org.springframework.stereotype.Component;

/**
 * Tells an account holder that someone paused sign-ins to their account with wrong passwords or codes
 * (OWASP ASVS 5.0 chapter 6: notify the user). Shown in the service at their next sign-in, because the
 * service sends no email yet.
 */
@Component
class SignInNotices {

    private final SignInLockoutRepository lockouts;

    SignInNotices(SignInLockoutRepository lockouts) {
        this.lockouts = lockouts;
    }

    List<String> unseen(java.util.UUID user) {
        return lockouts.unseenNotices(new UserId(user)).stream()
                .map(n -> "On " + shown(n.raisedAt()) + " someone entered a wrong password or code for your account " + n.failures()
                        + " times from the network address " + n.clientKey() + ". Signing in from that address was paused until "
                        + shown(n.pausedUntil()) + ".")
                .toList();
    }

    void markSeen(java.util.UUID user, Instant at) {
        lockouts.markNoticesSeen(new UserId(user), at);
    }

    private static String shown(Instant instant) {
        return LondonDates.dateTime(instant);
    }
}
