package org.safeshare.matching;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why someone asks who else knows a child: a closed list, so the audit trail and the alert to the holders name the
 * purpose without free text (which could carry personal data). Caldicott principle 1: justify the purpose.
 */
public enum LookupPurpose {
    MASH_REFERRAL("Deciding what to do about a referral to the multi-agency safeguarding hub"),
    CHILD_PROTECTION_ENQUIRY("A child protection enquiry (Children Act 1989 section 47)"),
    CHILD_IN_NEED_ASSESSMENT("An assessment of a child in need (Children Act 1989 section 17)"),
    STRATEGY_DISCUSSION("Preparing a strategy discussion (Working Together to Safeguard Children 2023, chapter 4)");

    private final String label;

    LookupPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<LookupPurpose> parse(String code) {
        return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
    }
}
