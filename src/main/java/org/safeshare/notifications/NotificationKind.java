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
    REDACTION_RELEASE_REQUESTED,
    ACTION_ASSIGNED,
    ACTION_DUE_SOON,
    ACTION_OVERDUE,
    ACTION_AGREEMENT_ASKED
}
