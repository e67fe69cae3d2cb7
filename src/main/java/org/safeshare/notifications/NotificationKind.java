package org.safeshare.notifications;

/** What a notification tells about. Each kind has fixed wording without personal data. */
public enum NotificationKind {
    INFORMATION_REQUEST_RECEIVED,
    INFORMATION_REQUEST_ANSWERED,
    INFORMATION_REQUEST_DUE_SOON,
    INFORMATION_REQUEST_OVERDUE,
    DISCLOSURE_RECEIVED,
    DISCLOSURE_OPENED,
    DISCLOSURE_RECALLED,
    REDACTION_RELEASE_REQUESTED
}
