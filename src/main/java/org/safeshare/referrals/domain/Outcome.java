package org.safeshare.referrals.domain;

import java.util.List;

/** What the MASH decides on a referral, each named by the law or guidance it follows. */
public enum Outcome {
    STRATEGY_DISCUSSION("Strategy discussion (Children Act 1989 section 47)"),
    CHILD_AND_FAMILY_ASSESSMENT("Child and family assessment (Children Act 1989 section 17)"),
    EARLY_HELP("Early help"),
    SECTION_42_ENQUIRY("Safeguarding enquiry (Care Act 2014 section 42)"),
    SIGNPOST("Signpost to another agency"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outcomes open to a referral of that type: the Children Act 1989 for a child, the Care Act 2014 for an adult. */
    public static List<Outcome> openTo(ReferralType type) {
        return type == ReferralType.CHILDRENS_SOCIAL_CARE
                ? List.of(STRATEGY_DISCUSSION, CHILD_AND_FAMILY_ASSESSMENT, EARLY_HELP, SIGNPOST, NO_FURTHER_ACTION)
                : List.of(SECTION_42_ENQUIRY, SIGNPOST, NO_FURTHER_ACTION);
    }
}
