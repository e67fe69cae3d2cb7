package org.safeshare.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.safeshare.audit.domain.Checkpoint;
import org.safeshare.audit.persistence.AuditKeys;
import org.safeshare.audit.persistence.AuditTree;
import org.safeshare.audit.persistence.CheckpointExport;
import org.safeshare.audit.persistence.LogVerification;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar safeshare-exec.jar audit verify [--against exported-checkpoints.txt]} and
 * {@code audit export-checkpoints FILE}: run against the configured database without serving HTTP.
 * Exit code 0 for a clean log, 1 when verification finds a problem, 2 for a usage error.
 */
public final class AuditCommand {

    private AuditCommand() {}

    public static int run(Class<?> application, String[] args, PrintStream out) {
        List<String> words = Arrays.asList(args);
        if (words.size() < 2 || !List.of("verify", "export-checkpoints").contains(words.get(1))) {
            out.println("Usage: audit verify [--against FILE] | audit export-checkpoints FILE");
            return 2;
        }
        try (ConfigurableApplicationContext context = start(application)) {
            return words.get(1).equals("verify") ? verify(context, words, out) : export(context, words, out);
        } catch (IOException e) {
            out.println("Could not read or write the checkpoint file: " + e.getMessage());
            return 2;
        }
    }

    /**
     * The service's context without a web server, scheduler or demo seeding, whatever the profile and settings: the
     * operator runs this beside the running service, on its port and with its profile. These overrides go first, above
     * every configuration file and variable (a default property would lose to application.yml's server port).
     */
    static ConfigurableApplicationContext start(Class<?> application) {
        Map<String, Object> command = Map.of("spring.main.web-application-type", "none", "safeshare.audit.scheduler-enabled", "false",
                "safeshare.demo.seed", "false", "spring.main.banner-mode", "off");
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("auditCommand", command)))
                .run();
    }

    private static int verify(ConfigurableApplicationContext context, List<String> words, PrintStream out) throws IOException {
        List<Checkpoint> exported = new ArrayList<>();
        int against = words.indexOf("--against");
        if (against > 0 && against + 1 < words.size()) {
            exported.addAll(CheckpointExport.read(Files.readString(Path.of(words.get(against + 1)))));
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        AuditKeys keys = context.getBean(AuditKeys.class);
        long started = System.nanoTime();
        LogVerification.Result result = context.getBean(TransactionTemplate.class)
                .execute(t -> LogVerification.verify(jdbc, keys.trusted(), exported));
        long unsequenced = LogVerification.unsequenced(jdbc);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("Audit logs: %d, %d leaves, %d checkpoints (%d exported), %d events not yet sequenced; %.2f s%n",
                result.logs().size(), result.leaves(), result.checkpoints(), exported.size(), unsequenced, seconds);
        if (result.clean()) {
            out.println("CLEAN: every event matches its leaf, every checkpoint is signed by a trusted key and matches its log's tree.");
            return 0;
        }
        result.logs().forEach((log, report) -> {
            if (!report.clean()) {
                out.println("Log " + log + ":");
                report.firstBadIndex().ifPresent(i -> out.println("FIRST BAD INDEX: " + i));
                report.problems().stream().limit(50).forEach(p -> out.println("  " + p));
            }
        });
        return 1;
    }

    private static int export(ConfigurableApplicationContext context, List<String> words, PrintStream out) throws IOException {
        if (words.size() < 3) {
            out.println("Usage: audit export-checkpoints FILE");
            return 2;
        }
        List<Checkpoint> checkpoints = context.getBean(AuditTree.class).checkpoints();
        Files.writeString(Path.of(words.get(2)), CheckpointExport.write(checkpoints));
        out.println("Exported " + checkpoints.size() + " checkpoints to " + words.get(2));
        return 0;
    }
}
