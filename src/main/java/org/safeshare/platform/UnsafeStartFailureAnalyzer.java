package org.safeshare.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused production start as one paragraph and what to do, instead of a stack trace. */
public class UnsafeStartFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, UnsafeStartException cause) {
        return new FailureAnalysis(
                "Safeshare is starting in production (no demo profile) and refuses to start without its settings: "
                        + String.join(" ", cause.problems()),
                "Set the settings above (README, Configuration). To try the service with made-up data instead, run"
                        + " ./safeshare run, or set SPRING_PROFILES_ACTIVE=demo.",
                cause);
    }
}
