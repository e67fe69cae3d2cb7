package org.safeshare.notifications.domain;

/**
 * Why a notification was not sent, as a closed list: an exception's message could quote an email address, so it is
 * never stored or shown.
 */
public enum FailureReason {
    MAIL_NOT_CONFIGURED("No mail server is configured (SAFESHARE_SMTP_HOST, SAFESHARE_SMTP_FROM, SAFESHARE_BASE_URL)"),
    NO_RECIPIENTS("Nobody can be told: no enabled user holds the role, or the named users are disabled"),
    MAIL_SERVER_FAILED("The mail server could not be reached or refused the message"),
    UNREADABLE("The stored notification could not be read");

    private final String label;

    FailureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
