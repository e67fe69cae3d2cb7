package org.safeshare.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a free port that stays the same when a test stops and restarts
 * it (a mail server that is down). Test classes that extend this share one Spring context configured to send to it.
 */
public abstract class MailServer {

    public static final String BASE_URL = "https://safeshare.example.org";
    private static final int PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static boolean running;

    static {
        restartMailServer();
    }

    @DynamicPropertySource
    static void sendToTheTestMailServer(DynamicPropertyRegistry properties) {
        properties.add("safeshare.notifications.smtp-host", () -> "127.0.0.1");
        properties.add("safeshare.notifications.smtp-port", () -> PORT);
        properties.add("safeshare.notifications.smtp-start-tls", () -> false);
        properties.add("safeshare.notifications.from", () -> "no-reply@safeshare.example.org");
        properties.add("safeshare.notifications.smtp-timeout", () -> "2s");
        properties.add("safeshare.notifications.max-attempts", () -> 3);
        properties.add("safeshare.notifications.first-retry-after", () -> "0s");
        properties.add("safeshare.notifications.stale-after", () -> "1s");
        // Tests run the retry job themselves.
        properties.add("safeshare.notifications.retry-interval", () -> "1h");
        properties.add("safeshare.web.base-url", () -> BASE_URL);
    }

    protected static GreenMail smtp() {
        return SMTP;
    }

    /** A mail server that is down: connections are refused until {@link #restartMailServer()}. */
    protected static synchronized void stopMailServer() {
        if (running) {
            SMTP.stop();
            running = false;
        }
    }

    /** Starts the server unless it is running. */
    protected static synchronized void restartMailServer() {
        if (!running) {
            SMTP.start();
            running = true;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
