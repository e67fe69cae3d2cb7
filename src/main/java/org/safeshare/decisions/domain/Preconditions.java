package org.safeshare.decisions.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.safeshare.decisions.Recommendation.Precondition;
import org.safeshare.decisions.Recommendation.Reason;

/** What must be true before anything is sent: the right person, a secure route, protected identities, a safeguarding role. */
final class Preconditions {

    private Preconditions() {}

    static Set<Precondition> of(Situation situation, boolean sharing) {
        Set<Precondition> preconditions = EnumSet.noneOf(Precondition.class);
        if (!sharing) {
            return preconditions;
        }
        preconditions.add(Precondition.USE_SECURE_CHANNEL);
        if (!situation.recipient().identityVerified()) {
            preconditions.add(Precondition.VERIFY_RECIPIENT_IDENTITY);
        }
        if (situation.identitiesAtRisk()) {
            preconditions.add(Precondition.PROTECT_IDENTITIES);
        }
        if (!situation.recipient().hasRoleInSafeguarding()) {
            preconditions.add(Precondition.SHARE_ONLY_WITH_A_SAFEGUARDING_ROLE);
        }
        if (StatutoryDutyToShare.includesConsistentIdentifier(situation)) {
            preconditions.add(Precondition.INCLUDE_CONSISTENT_IDENTIFIER);
        }
        return preconditions;
    }

    static List<Reason> reasons(Situation situation, Set<Precondition> preconditions) {
        List<Reason> reasons = new ArrayList<>();
        if (preconditions.contains(Precondition.USE_SECURE_CHANNEL)) {
            reasons.add(new Reason("precondition.secure-channel", Sources.SECURELY,
                    "Share securely: by email only from a secure address to a secure address, or encrypted."));
            if (!situation.recipient().secureChannelAvailable()) {
                reasons.add(new Reason("precondition.find-secure-channel", Sources.SECURELY,
                        "No secure channel to this recipient is available yet: find one (secure email, encryption, a call-back on"
                                + " a known number) before sending; do not send personal information insecurely."));
            }
        }
        if (preconditions.contains(Precondition.VERIFY_RECIPIENT_IDENTITY)) {
            reasons.add(new Reason("precondition.verify-recipient", Sources.SECURELY,
                    "Check the recipient's identity and entitlement before releasing anything, for example by calling back on a"
                            + " known number."));
        }
        if (preconditions.contains(Precondition.PROTECT_IDENTITIES)) {
            reasons.add(GoldenRules.protectOthers(situation.version()));
        }
        if (preconditions.contains(Precondition.SHARE_ONLY_WITH_A_SAFEGUARDING_ROLE)) {
            reasons.add(GoldenRules.onlyWhatIsNeeded(situation.version()));
        }
        if (preconditions.contains(Precondition.INCLUDE_CONSISTENT_IDENTIFIER)) {
            reasons.add(StatutoryDutyToShare.consistentIdentifier());
        }
        return reasons;
    }
}
