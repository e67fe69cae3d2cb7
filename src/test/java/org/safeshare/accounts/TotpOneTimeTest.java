package org.safeshare.accounts;

import org.safeshare.accounts.setup.AccountsSetUp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.persistence.UserRepository;
import org.safeshare.accounts.security.SecondFactor;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 9 item 3: a code is accepted once, even when submitted twice at the same moment (real PostgreSQL). */
@SafeshareTest
class TotpOneTimeTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final int SUBMISSIONS = 8;

    @Autowired Accounts accounts;

    @Autowired AccountsSetUp setUp;
    @Autowired UserRepository users;
    @Autowired SecondFactor secondFactor;

    @Test
    void twoConcurrentSubmissionsOfTheSameCodeSucceedExactlyOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID oakfield = users.findByEmail("dsl@oakfield-primary.example").orElseThrow().organisationId().value();
            UserAccount user = ((AccountChange.Done) setUp.user(new OrganisationId(oakfield), new NewUser(
                    "once-" + UUID.randomUUID() + "@oakfield-primary.example", "Once", Set.of(Role.PRACTITIONER),
                    "a long enough password"))).user();
            users.setTotp(user.id(), SECRET, 0);
            String code = new DefaultCodeGenerator().generate(SECRET, Instant.now().getEpochSecond() / 30);
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Boolean>> submissions = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                String address = "192.0.2." + (100 + i);
                submissions.add(() -> {
                    start.await();
                    return secondFactor.verify(user.id().value(), code, address);
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
            try {
                List<Future<Boolean>> results = submissions.stream().map(pool::submit).toList();
                start.countDown();
                long accepted = 0;
                for (Future<Boolean> result : results) {
                    accepted += result.get() ? 1 : 0;
                }
                assertThat(accepted).as("round %d", round).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
