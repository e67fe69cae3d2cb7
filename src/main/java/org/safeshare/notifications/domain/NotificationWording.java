package org.safeshare.notifications.domain;

import org.safeshare.notifications.NotificationKind;

/**
 * The fixed words of each kind of email. They name no person, organisation or case: email leaves the secure service,
 * so it only says that something is waiting and where to sign in (HM Government information sharing advice 2024,
 * golden rule 6: share securely; the ICO data sharing code on security).
 */
public final class NotificationWording {

    private NotificationWording() {}

    /** The subject line and the opening sentence for this kind. */
    public static Wording of(NotificationKind kind) {
        return switch (kind) {
            case INFORMATION_REQUEST_RECEIVED -> new Wording("Safeshare: a request for information is waiting",
                    "Your organisation has been asked for information in Safeshare.");
            case INFORMATION_REQUEST_ANSWERED -> new Wording("Safeshare: your request for information has been answered",
                    "A request for information you made in Safeshare has an answer.");
            case INFORMATION_REQUEST_DUE_SOON -> new Wording("Safeshare: a request for information is due soon",
                    "A request for information your organisation was asked in Safeshare is due soon.");
            case INFORMATION_REQUEST_OVERDUE -> new Wording("Safeshare: a request for information is overdue",
                    "A request for information your organisation was asked in Safeshare is overdue.");
            case DISCLOSURE_RECEIVED -> new Wording("Safeshare: information has been shared with you",
                    "Information has been shared with you in Safeshare.");
            case DISCLOSURE_OPENED -> new Wording("Safeshare: information you shared has been opened",
                    "Information you shared in Safeshare has been opened by its recipient.");
            case DISCLOSURE_RECALLED -> new Wording("Safeshare: information shared with you has been recalled",
                    "Information shared with you in Safeshare has been recalled by its sender.");
            case REDACTION_RELEASE_REQUESTED -> new Wording("Safeshare: your approval is asked for",
                    "A practitioner asks you in Safeshare to approve releasing a redacted identity.");
            case REFERRAL_RECEIVED -> new Wording("Safeshare: a referral is waiting in the MASH queue",
                    "A referral has arrived in your MASH queue in Safeshare. Its decision is due within one working day.");
            case REFERRAL_OVERDUE -> new Wording("Safeshare: a referral has passed its decision deadline",
                    "A referral in your MASH queue in Safeshare has no decision one working day after it arrived.");
            case REFERRAL_DECIDED -> new Wording("Safeshare: a referral has a decision",
                    "The MASH has recorded its decision on a referral from your organisation in Safeshare.");
            case REFERRAL_DISAGREEMENT_RAISED -> new Wording("Safeshare: a referrer disagrees with a decision",
                    "A referrer has escalated a disagreement with a MASH decision in Safeshare.");
            case REFERRAL_DISAGREEMENT_ANSWERED -> new Wording("Safeshare: your disagreement has an answer",
                    "The disagreement you escalated about a referral decision has an answer in Safeshare.");
            case ACTION_ASSIGNED -> new Wording("Safeshare: an action has been given to you",
                    "An action has been given to you or your team in Safeshare.");
            case ACTION_DUE_SOON -> new Wording("Safeshare: an action is due soon",
                    "An action given to you or your team in Safeshare is due soon.");
            case ACTION_OVERDUE -> new Wording("Safeshare: an action is overdue",
                    "An action given to someone in your organisation in Safeshare is overdue and has been escalated to you.");
            case ACTION_AGREEMENT_ASKED -> new Wording("Safeshare: your agreement is asked for",
                    "An action you set in Safeshare was not done, and your agreement is asked for before it closes.");
        };
    }

    /** The whole plain-text body: the opening sentence, the link, and why nothing more is said. */
    public static String body(NotificationKind kind, String link) {
        return of(kind).opening() + "\n\n"
                + "Sign in to Safeshare to see it:\n" + link + "\n\n"
                + "This email does not say who or what it is about, because email is not a secure way to share "
                + "safeguarding information. If you did not expect it, tell your organisation's Safeshare administrator.\n";
    }

    /** A subject and an opening sentence. */
    public record Wording(String subject, String opening) {}
}
