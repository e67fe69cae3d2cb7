package org.safeshare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Safeshare: the multi-agency safeguarding information-sharing service. See README.md. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafeshareApplication {

    public static void main(String[] args) {
        SpringApplication.run(SafeshareApplication.class, args);
    }
}
