/**
 * Notifications: emails that carry no personal data and ask the reader to sign in. Other modules publish a
 * {@link org.safeshare.notifications.NotificationRequested} in their own transaction; this module delivers it
 * after commit through Spring Modulith's event publication registry (a transactional outbox in PostgreSQL),
 * so nothing is sent for a rolled-back action and nothing is lost in a crash.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "organisations", "accounts", "audit"})
package org.safeshare.notifications;
