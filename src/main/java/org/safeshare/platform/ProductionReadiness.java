package org.safeshare.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Fail safe: without the {@code demo} profile the service is a real deployment, and it refuses to start
 * until its signing key, its keyset and its database are chosen, before anything opens a database. A forgotten
 * setting can then never fall back to made-up accounts with a published password or to a generated key.
 * Runs as the environment is ready (registered in META-INF/spring.factories), before any bean exists.
 */
public class ProductionReadiness implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new UnsafeStartException(problems);
        }
    }

    static List<String> problems(ConfigurableEnvironment environment) {
        List<String> problems = new ArrayList<>();
        String signingKey = environment.getProperty("safeshare.audit.signing-key-file", "");
        if (signingKey.isBlank()) {
            problems.add("Set SAFESHARE_AUDIT_SIGNING_KEY_FILE to the Ed25519 private key (PKCS#8 PEM) that signs audit checkpoints;"
                    + " create one with 'openssl genpkey -algorithm ed25519 -out audit-signing-key.pem' and keep it outside"
                    + " the database and its backups.");
        } else if (!Files.isReadable(Path.of(signingKey.trim()))) {
            problems.add("The audit signing key file named by SAFESHARE_AUDIT_SIGNING_KEY_FILE does not exist or cannot be read ("
                    + signingKey.trim() + "); production never generates one.");
        }
        String keyset = environment.getProperty("safeshare.crypto.keyset-file", "");
        if (keyset.isBlank()) {
            problems.add("Set SAFESHARE_KEYSET_FILE to the key-encryption keyset that seals authenticator secrets; create one with"
                    + " 'java -jar safeshare-exec.jar keyset create FILE' and keep it outside the database and its backups"
                    + " (docs/adr/0007).");
        } else if (!Files.isReadable(Path.of(keyset.trim()))) {
            problems.add("The keyset file named by SAFESHARE_KEYSET_FILE does not exist or cannot be read (" + keyset.trim()
                    + "); production never generates one.");
        }
        boolean external = !environment.getProperty("safeshare.database.url", "").isBlank();
        boolean embedded = environment.getProperty("safeshare.database.embedded", Boolean.class, false);
        if (!external && !embedded) {
            problems.add("Set SAFESHARE_DATABASE_URL (with SAFESHARE_DATABASE_USERNAME and SAFESHARE_DATABASE_PASSWORD) to the"
                    + " service's PostgreSQL, or SAFESHARE_DATABASE_EMBEDDED=true to keep the data in the embedded PostgreSQL"
                    + " under SAFESHARE_EMBEDDED_DATA_DIRECTORY (a single instance only; docs/operations.md).");
        }
        return problems;
    }
}
