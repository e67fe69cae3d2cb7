package org.safeshare.exchange;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The exchange module's settings: how often overdue requests are looked for (and escalated), and how many at a time.
 * Deadlines themselves are each partnership's to set ({@link ExchangeSettings}), not the deployment's.
 */
@ConfigurationProperties("safeshare.exchange")
public record ExchangeProperties(@DefaultValue("1m") Duration overdueCheckInterval, @DefaultValue("500") int overdueBatch) {}
