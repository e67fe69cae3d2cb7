package org.safeshare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Safeshare: the multi-agency safeguarding information-sharing service. See README.md. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafeshareApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("audit")) {
            System.exit(org.safeshare.audit.AuditCommand.run(SafeshareApplication.class, args, System.out));
        }
        if (args.length > 0 && args[0].equals("keyset")) {
            System.exit(org.safeshare.platform.crypto.KeysetCommand.run(SafeshareApplication.class, args, System.out));
        }
        if (args.length > 0 && args[0].equals("matching")) {
            System.exit(org.safeshare.matching.MatchingCommand.run(args, System.out));
        }
        SpringApplication.run(SafeshareApplication.class, args);
    }
}
