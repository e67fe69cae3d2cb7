package org.safeshare.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A bcrypt comparison holds no database connection and no virtual thread's carrier: at 100 concurrent sign-ins
 * on two cores both did, and sign-ins failed after waiting 30 s for a connection (docs/performance.md).
 */
@SafeshareTest
@Import(SignInConnectionUseTest.Recording.class)
class SignInConnectionUseTest {

    /** Where each password comparison ran. */
    record Check(boolean virtualThread, boolean inTransaction) {}

    static final List<Check> CHECKS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class Recording {
        @Bean
        static BeanPostProcessor recordingPasswordChecks() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof PasswordEncoder encoder ? new RecordingEncoder(encoder) : bean;
                }
            };
        }
    }

    record RecordingEncoder(PasswordEncoder encoder) implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            return encoder.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            CHECKS.add(new Check(Thread.currentThread().isVirtual(), TransactionSynchronizationManager.isActualTransactionActive()));
            return encoder.matches(raw, encoded);
        }
    }

    @Autowired MockMvc mvc;

    @Test
    void passwordsAreComparedOffTheRequestThreadAndOutsideAnyTransaction() throws Exception {
        CHECKS.clear();
        // Tomcat runs requests on virtual threads (spring.threads.virtual.enabled); so does this caller.
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> answers = List.of(
                    threads.submit(() -> signIn("dsl@oakfield-primary.example", "Safeshare-demo-2026")),
                    threads.submit(() -> signIn("dsl@oakfield-primary.example", "not the password")),
                    threads.submit(() -> signIn("nobody@nowhere.example", "not the password")));
            assertThat(answers.get(0).get()).isEqualTo("/");
            assertThat(answers.get(1).get()).isEqualTo("/sign-in?error=credentials");
            assertThat(answers.get(2).get()).isEqualTo("/sign-in?error=credentials");
        }
        assertThat(CHECKS).hasSize(3).containsOnly(new Check(false, false));
    }

    private String signIn(String email, String password) throws Exception {
        return mvc.perform(post("/sign-in").param("email", email).param("password", password).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
    }
}
