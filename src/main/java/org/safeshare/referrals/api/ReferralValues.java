package org.safeshare.referrals.api;

/**
 * The values the referrals API accepts and returns, as its own enumerations with the names (and order) it has always
 * used: the domain's may be renamed or gain values, these change only with a new API version (ADR 0022).
 * {@link org.safeshare.platform.web.SameName#as} maps a value to the other side by name.
 */
final class ReferralValues {

    private ReferralValues() {}

    enum ReferralType { CHILDRENS_SOCIAL_CARE, ADULT_SOCIAL_CARE }

    enum FamilyTold { TOLD_AND_AGREED, TOLD_AND_DID_NOT_AGREE, NOT_TOLD }

    enum Rating { RED, AMBER, GREEN }

    enum Outcome { STRATEGY_DISCUSSION, CHILD_AND_FAMILY_ASSESSMENT, EARLY_HELP, SECTION_42_ENQUIRY, SIGNPOST, NO_FURTHER_ACTION }

    enum Agency { POLICE, SOCIAL_CARE, HEALTH, EDUCATION, OTHER }

    enum DisagreementLevel { TEAM_MANAGER, SERVICE_MANAGER, HEAD_OF_SERVICE, PARTNERSHIP }
}
