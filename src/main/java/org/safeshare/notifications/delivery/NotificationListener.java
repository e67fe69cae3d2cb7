package org.safeshare.notifications.delivery;

import org.safeshare.notifications.NotificationRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends a notification once the action that asked for it has committed (never for a rolled-back one). If sending
 * fails, or the instance stops first, Modulith's publication row stays and {@link NotificationRetries} tries again.
 */
@Component
public class NotificationListener {

    /** Modulith's name for this listener in its publication rows. */
    public static final String ID = NotificationListener.class.getName() + ".on(" + NotificationRequested.class.getName() + ")";

    private final Mailer mailer;

    NotificationListener(Mailer mailer) {
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    public void on(NotificationRequested notification) {
        mailer.send(notification);
    }
}
