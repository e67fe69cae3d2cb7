package org.safeshare.audit.persistence;

import org.safeshare.audit.AuditProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Sequences events every few seconds and publishes a signed checkpoint at the configured interval. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "safeshare.audit.scheduler-enabled", havingValue = "true", matchIfMissing = true)
class AuditScheduling implements SchedulingConfigurer {

    private final AuditProperties properties;
    private final Sequencer sequencer;
    private final AuditTree tree;

    AuditScheduling(AuditProperties properties, Sequencer sequencer, AuditTree tree) {
        this.properties = properties;
        this.sequencer = sequencer;
        this.tree = tree;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(sequencer::sequence, properties.sequenceInterval());
        tasks.addFixedDelayTask(() -> {
            sequencer.sequence();
            tree.publish();
        }, properties.checkpointInterval());
    }
}
