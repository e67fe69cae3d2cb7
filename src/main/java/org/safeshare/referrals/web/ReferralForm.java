package org.safeshare.referrals.web;

import java.util.UUID;
import org.safeshare.referrals.NewReferral;
import org.safeshare.referrals.domain.FamilyTold;
import org.safeshare.referrals.domain.ReferralType;

/** The referral form as posted (bound through its constructor only); unknown choices read as not chosen. */
record ReferralForm(String type, String personId, String decisionId, String immediateDanger, String concernFacts, String concernOpinion,
        String concernHistorical, String risk, String familyTold, String familyResponse, String otherAgencies) {

    NewReferral referral() {
        return new NewReferral(choice(ReferralType.class, type), uuid(personId), uuid(decisionId),
                "yes".equals(immediateDanger) ? Boolean.TRUE : "no".equals(immediateDanger) ? Boolean.FALSE : null, concernFacts,
                concernOpinion, concernHistorical, risk, choice(FamilyTold.class, familyTold), familyResponse, otherAgencies);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
