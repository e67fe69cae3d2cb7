package org.safeshare.referrals;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often referrals past their decision deadline are looked for (and escalated), and how many at a time. */
@ConfigurationProperties("safeshare.referrals")
public record ReferralsProperties(@DefaultValue("1m") Duration overdueCheckInterval, @DefaultValue("500") int overdueBatch) {}
