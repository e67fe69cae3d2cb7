package org.safeshare.actions;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The actions module's settings: how often due and overdue actions are looked for, and how many at a time. */
@ConfigurationProperties("safeshare.actions")
public record ActionsProperties(@DefaultValue("5m") Duration dueCheckInterval, @DefaultValue("500") int dueBatch) {}
