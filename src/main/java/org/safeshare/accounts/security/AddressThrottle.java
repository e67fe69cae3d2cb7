package org.safeshare.accounts.security;

import java.time.Instant;
import org.safeshare.accounts.domain.ClientAddress;
import org.safeshare.accounts.domain.SignInThrottle;
import org.safeshare.accounts.persistence.SignInThrottleRepository;
import org.springframework.stereotype.Component;

/**
 * The per-address sign-in throttle, kept in PostgreSQL so that several instances count the same failures. An IPv6
 * address counts as its /64 (ClientAddress), as the per-account pauses do, so rotating within one network gains nothing.
 */
@Component
class AddressThrottle {

    private final SignInThrottle policy;
    private final SignInThrottleRepository failures;

    AddressThrottle(SignInThrottle policy, SignInThrottleRepository failures) {
        this.policy = policy;
        this.failures = failures;
    }

    boolean allows(String address, Instant now) {
        return policy.allows(failures.failuresSince(ClientAddress.keyOf(address), policy.countsFrom(now)));
    }

    void recordFailure(String address, Instant now) {
        failures.recordFailure(ClientAddress.keyOf(address), now, policy.countsFrom(now));
    }
}
