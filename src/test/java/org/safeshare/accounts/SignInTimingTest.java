package org.safeshare.accounts;

import org.safeshare.accounts.setup.AccountsSetUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 item 2 (OWASP ASVS 5.0 chapter 6): an unknown address, a wrong password and a paused
 * (locked) sign-in take comparable time, so timing does not tell who has an account or who is locked.
 */
@SafeshareTest
class SignInTimingTest {

    private static final String PASSWORD = "a long enough password";
    private static final int TRIES = 20;

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired AccountsSetUp setUp;
    @Autowired UserRepository users;

    private UserAccount newUser() {
        UUID oakfield = users.findByEmail("dsl@oakfield-primary.example").orElseThrow().organisationId().value();
        return ((AccountChange.Done) setUp.user(new OrganisationId(oakfield), new NewUser(
                "timing-" + UUID.randomUUID() + "@oakfield-primary.example", "Timing", Set.of(Role.PRACTITIONER), PASSWORD))).user();
    }

    /** Each try from its own address, so the per-address throttle never answers instead (SignInTest checks the answers). */
    private long signInNanos(String email, String password, String address) throws Exception {
        long started = System.nanoTime();
        mvc.perform(post("/sign-in").param("email", email).param("password", password).with(csrf())
                .with(r -> { r.setRemoteAddr(address); return r; })).andReturn();
        return System.nanoTime() - started;
    }

    private static long median(List<Long> samples) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void unknownWrongAndLockedSignInsTakeComparableTime() throws Exception {
        UserAccount locked = newUser();
        UserAccount wrong = newUser();
        List<Long> unknown = new ArrayList<>();
        List<Long> wrongPassword = new ArrayList<>();
        List<Long> lockedOut = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            String address = "203.0.113." + (i + 1);
            for (int f = 0; f < 5; f++) {
                signInNanos(locked.email(), "wrong password " + f, address);
            }
            lockedOut.add(signInNanos(locked.email(), PASSWORD, address));
            wrongPassword.add(signInNanos(wrong.email(), "wrong password", "203.0.114." + (i + 1)));
            unknown.add(signInNanos("nobody-" + i + "@nowhere.example", "wrong password", "203.0.115." + (i + 1)));
        }
        long wrongMedian = median(wrongPassword);
        assertThat(median(lockedOut)).as("locked %s vs wrong %s", lockedOut, wrongPassword).isGreaterThanOrEqualTo(wrongMedian / 2);
        assertThat(median(unknown)).as("unknown %s vs wrong %s", unknown, wrongPassword).isGreaterThanOrEqualTo(wrongMedian / 2);
        assertThat(wrongMedian).isGreaterThanOrEqualTo(median(lockedOut) / 2).isGreaterThanOrEqualTo(median(unknown) / 2);
    }
}
