package org.safeshare.platform.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar safeshare-exec.jar keyset create|rotate|retire-old-keys FILE} works on the keyset file
 * alone; {@code keyset reseal} re-seals every sealed value under the current primary key, against the
 * configured database. The rotation procedure is in ADR 0007. Exit code 0 when done, 2 for a usage error.
 */
public final class KeysetCommand {

    private static final String USAGE = "Usage: keyset create FILE | keyset rotate FILE | keyset reseal | keyset retire-old-keys FILE";

    private KeysetCommand() {}

    public static int run(Class<?> application, String[] args, PrintStream out) {
        List<String> words = List.of(args);
        try {
            if (words.size() == 2 && words.get(1).equals("reseal")) {
                return reseal(application, out);
            }
            if (words.size() != 3) {
                out.println(USAGE);
                return 2;
            }
            Path file = Path.of(words.get(2));
            return switch (words.get(1)) {
                case "create" -> create(file, out);
                case "rotate" -> replace(file, Keysets.rotate(Keysets.read(file)), out);
                case "retire-old-keys" -> replace(file, Keysets.retireOldKeys(Keysets.read(file)), out);
                default -> {
                    out.println(USAGE);
                    yield 2;
                }
            };
        } catch (IOException | GeneralSecurityException e) {
            out.println("Could not read or write the keyset: " + e.getMessage());
            return 2;
        }
    }

    private static int create(Path file, PrintStream out) throws IOException, GeneralSecurityException {
        if (Files.exists(file)) {
            out.println("Refusing to overwrite " + file + ": it may be the only copy of the keys");
            return 2;
        }
        return replace(file, Keysets.generate(), out);
    }

    private static int replace(Path file, KeysetHandle keyset, PrintStream out) throws IOException, GeneralSecurityException {
        Keysets.write(file, keyset);
        out.println("Wrote " + file + ": " + keyset.size() + " key(s), primary key id "
                + Integer.toUnsignedString(keyset.getPrimary().getId()));
        return 0;
    }

    private static int reseal(Class<?> application, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application).web(WebApplicationType.SERVLET)
                .properties("server.port=-1", "safeshare.audit.scheduler-enabled=false", "spring.main.banner-mode=off").run()) {
            for (SealedValues values : context.getBeansOfType(SealedValues.class).values()) {
                out.println("Re-sealed " + values.resealAll() + " " + values.description());
            }
            return 0;
        }
    }
}
