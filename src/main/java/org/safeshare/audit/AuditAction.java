package org.safeshare.audit;

/** What was done, as a closed vocabulary: an auditor searches by it, so it is never free text. */
public enum AuditAction {
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_LOCKED("Sign-in refused: account locked"),
    SIGNED_OUT_EVERYWHERE("Signed out everywhere"),
    PERSON_VIEWED("Viewed a person's record"),
    PERSON_SEARCHED("Searched for a person"),
    PERSON_CREATED("Added a person"),
    PERSON_NAME_ADDED("Added another name"),
    RELATIONSHIP_ADDED("Added a relationship"),
    USER_CREATED("Added a user"),
    USER_DISABLED("Disabled a user"),
    USER_ENABLED("Enabled a user"),
    ROLE_GRANTED("Gave a user a role in their organisation"),
    PARTNERSHIP_ROLE_GRANTED("Gave a user a partnership-wide role"),
    AUTHENTICATOR_RESET("Reset a user's authenticator"),
    AUTHENTICATOR_SET_UP("Set up an authenticator"),
    // Set-up (deployment set-up and demo seeding, docs/adr/0014): done by the deployment, not by a signed-in user.
    PARTNERSHIP_SET_UP("Set up a partnership"),
    ORGANISATION_SET_UP("Set up an organisation"),
    USER_SET_UP("Set up a user"),
    API_CLIENT_SET_UP("Set up a partner system's API client"),
    PERSON_SET_UP("Set up a person's record"),
    RELATIONSHIP_SET_UP("Set up a relationship"),
    DECISION_RECORDED("Recorded a sharing decision"),
    DECISION_CORRECTED("Corrected a sharing decision"),
    DECISION_VIEWED("Viewed a sharing decision"),
    ADVICE_REQUESTED("Asked for advice on sharing"),
    ADVICE_GIVEN("Gave advice on sharing"),
    CONSENT_VIEWED("Viewed a consent record"),
    CONSENT_RECORDED("Recorded a consent or refusal"),
    CONSENT_CORRECTED("Corrected a consent record"),
    CONSENT_WITHDRAWN("Recorded a withdrawal of consent"),
    CAPACITY_ASSESSED("Recorded a capacity or competence assessment"),
    CONSENT_GROUND_RECORDED("Recorded a ground to share without consent"),
    RECORD_APPROVED("Approved a record"),
    PERMISSION_CHANGED("Changed a permission"),
    ALERT_ACKNOWLEDGED("Acknowledged an alert about an outside view"),
    COMMENCEMENT_DATE_SET("Set the commencement date of a provision"),
    ORGANISATION_SHARER_STATUS_CORRECTED("Corrected whether an organisation is a public authority or within the duty to share"),
    DISCLOSURE_SENT("Sent a disclosure"),
    DISCLOSURE_VIEWED("Viewed a disclosure"),
    DISCLOSURE_OPENED("Opened a disclosure (receipt)"),
    DISCLOSURE_RECALLED("Recalled a disclosure"),
    DISCLOSURE_ITEM_RECALLED("Recalled an item of a disclosure"),
    REDACTION_RELEASE_REQUESTED("Asked a DSL to release withheld identities"),
    REDACTION_RELEASE_DECIDED("Decided whether to release withheld identities"),
    SHARING_OUTSIDE_RECORDED("Recorded sharing outside Safeshare"),
    SHARING_OUTSIDE_VIEWED("Viewed a record of sharing outside Safeshare"),
    INFORMATION_REQUEST_SENT("Sent an information request"),
    INFORMATION_REQUEST_VIEWED("Viewed an information request"),
    INFORMATION_REQUEST_ANSWERED("Answered an information request"),
    INFORMATION_REQUEST_DECLINED("Declined an information request"),
    EXCHANGE_DEADLINES_CHANGED("Changed the working hours or deadlines of information requests"),
    EXCHANGE_CLOSURE_ADDED("Added a day the partnership's offices are closed"),
    NOTIFICATION_RETRIED("Tried again to send a notification"),
    TEAM_CREATED("Added a team"),
    TEAM_MEMBER_ADDED("Added a user to a team"),
    TEAM_MEMBER_REMOVED("Removed a user from a team"),
    AGREEMENT_RECORDED("Recorded an information sharing agreement"),
    HOLDERS_LOOKED_UP("Asked which organisations hold a record of a child"),
    LINK_PROPOSED("Proposed a link between records for review"),
    LINK_CONFIRMED("Confirmed a link between records"),
    LINK_REJECTED("Rejected a proposed link between records"),
    LINK_THRESHOLDS_SET("Set the partnership's record linkage thresholds"),
    SHARING_OUTSIDE_AGREEMENT_REVIEWED("Reviewed a sharing outside any information sharing agreement"),
    AUDIT_VIEWED("Viewed the audit trail"),
    AUDIT_EXPORTED("Exported the audit trail"),
    LINK_MADE("Linked records the model scored at or above the link threshold"),
    LINK_UNLINKED("Unlinked records"),
    REFERRAL_SENT("Made a referral to the MASH"),
    REFERRAL_VIEWED("Viewed a referral"),
    REFERRAL_RATED("Rated a referral (RAG)"),
    REFERRAL_DECIDED("Recorded the decision on a referral"),
    REFERRAL_PARTNERS_ASKED("Asked partners for information about a referral"),
    REFERRAL_ESCALATED("Escalated a referral past its decision deadline"),
    MASH_QUEUE_VIEWED("Viewed the MASH queue"),
    REFERRALS_LISTED("Listed the referrals the organisation sent"),
    STRATEGY_DISCUSSION_RECORDED("Recorded a strategy discussion"),
    DISAGREEMENT_RAISED("Escalated a disagreement with a referral decision"),
    DISAGREEMENT_ANSWERED("Answered a disagreement with a referral decision"),
    ACTION_SET("Set an action"),
    ACTION_VIEWED("Viewed an action"),
    ACTION_OUTCOME_RECORDED("Recorded the outcome of an action"),
    ACTION_NOT_DONE_ANSWERED("Agreed or refused that an action was not done"),
    ACTION_ESCALATED("Escalated an overdue action to the owner's designated safeguarding lead"),
    INFORMATION_REQUEST_ESCALATED("Escalated an overdue information request to the receiving organisation's DSLs"),
    EXCHANGE_CLOSURE_REMOVED("Removed a day the partnership's offices are closed"),
    LINK_WITHDRAWN("Withdrew a proposed or model-made link that fell below the review threshold");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A read of a person's data, written once per request by {@link ViewAudit}; everything else is an action or a change. */
    public boolean isView() {
        return switch (this) {
            case PERSON_VIEWED, PERSON_SEARCHED, DECISION_VIEWED, CONSENT_VIEWED, DISCLOSURE_VIEWED, SHARING_OUTSIDE_VIEWED,
                    INFORMATION_REQUEST_VIEWED, REFERRAL_VIEWED, MASH_QUEUE_VIEWED, REFERRALS_LISTED, ACTION_VIEWED -> true;
            default -> false;
        };
    }
}
