package org.safeshare.referrals.domain;

/** Who a referral goes to: children's social care through the MASH, or adult social care for an adult at risk. */
public enum ReferralType {
    CHILDRENS_SOCIAL_CARE("Child: children's social care (Working Together to Safeguard Children 2023)"),
    ADULT_SOCIAL_CARE("Adult at risk: adult social care (Care Act 2014 section 42 enquiry)");

    private final String label;

    ReferralType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
