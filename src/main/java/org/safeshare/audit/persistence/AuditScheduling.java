package org.safeshare.audit.persistence;

import org.safeshare.audit.AuditProperties;
import org.safeshare.platform.jobs.SingleInstanceJobs;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Sequences events every few seconds and publishes a signed checkpoint at the configured interval, each on one
 * instance at a time when several instances share the database (docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "safeshare.audit.scheduler-enabled", havingValue = "true", matchIfMissing = true)
class AuditScheduling implements SchedulingConfigurer {

    static final String SEQUENCER = "audit-sequencer";
    static final String PUBLISHER = "audit-checkpoint-publisher";

    private final AuditProperties properties;
    private final Sequencer sequencer;
    private final AuditTree tree;
    private final SingleInstanceJobs jobs;

    AuditScheduling(AuditProperties properties, Sequencer sequencer, AuditTree tree, SingleInstanceJobs jobs) {
        this.properties = properties;
        this.sequencer = sequencer;
        this.tree = tree;
        this.jobs = jobs;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::sequence, properties.sequenceInterval());
        tasks.addFixedDelayTask(() -> {
            sequence();
            // Its own transaction: the in-memory tree must only ever catch up with committed leaves.
            jobs.runAlone(PUBLISHER, tree::publish);
        }, properties.checkpointInterval());
    }

    private void sequence() {
        jobs.runAlone(SEQUENCER, sequencer::sequence);
    }
}
