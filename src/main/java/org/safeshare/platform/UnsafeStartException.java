package org.safeshare.platform;

import java.util.List;

/** The service was started as a real deployment without the settings it needs (see {@link ProductionReadiness}). */
public class UnsafeStartException extends RuntimeException {

    private final List<String> problems;

    public UnsafeStartException(List<String> problems) {
        super("Safeshare is starting in production (no demo profile) and refuses to start: " + String.join(" ", problems)
                + " To try the service with made-up data instead, run ./safeshare run or set SPRING_PROFILES_ACTIVE=demo.");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
